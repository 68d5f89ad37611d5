export { demoDataset, RADAR_ATTRIBUTION, SYMPOSIUM_ID } from './demo/index.ts';
