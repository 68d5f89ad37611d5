export * from './model.ts';
export * from './migrations.ts';
