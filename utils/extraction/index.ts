export type { Figure, FigureKind, Reference, BackReference, Extraction } from './types';
export { extract } from './extract';
