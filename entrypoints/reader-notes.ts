/**
 * Attribution and checks for the analysis worker, which imports this script when the first notes
 * are asked for (after the first marks are painted): most of the analysis's code and data, kept
 * out of the worker's first script.
 */
import { noteExtraction } from '@/utils/annotation/noting';

export default defineUnlistedScript(() => {
  globalThis.soiNoting = noteExtraction;
});
