export * from './model.ts';
export * from './migrations.ts';
export * from './panelBalance.ts';
export * from './textFormats.ts';
export * from './slug.ts';
