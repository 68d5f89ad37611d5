export { DEFAULT_SEED, generateGraph, type GenerateOptions } from './generateGraph.ts';
export { SCALES, SCALE_NAMES, parseScale, type Scale, type ScaleName } from './scales.ts';
export { writeDatasetJson } from './writeDatasetJson.ts';
