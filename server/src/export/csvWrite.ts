// Shared with the explorer's canvas exports through the schema package.
export { csvCell, toCsv } from '@atlas/schema';
