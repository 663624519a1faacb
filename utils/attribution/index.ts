export type { FigureContext, Indicator, PageMeta, Period, Subject, Unknown } from './types';
export { attributeFigures, type AttributedFigure, type AttributeOptions } from './attribute';
export { readPageMeta, readDateline, readDate, readMasthead, type PageSource } from './page-meta';
export { rollUp, mapOn, provinceOfHost, subjectOf, OLD_UNITS, NEW_UNITS, COUNTRY, MERGER_DATE } from './gazetteer';
export { INDICATORS, indicatorOf } from './indicators';
export { issuerPlace, attributeReferences, type ReferencePlace } from './references';
export { default as readingList } from './data/reading-list.json';
