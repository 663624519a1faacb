/**
 * The reader's analysis on the page's own thread, for pages that refuse the worker (a CSP without
 * `blob:` workers): loaded by the content script only then, so it never rides along otherwise.
 */
import { inPage } from '@/utils/annotation/analysis-work';

export default defineUnlistedScript(() => {
  globalThis.soiAnalysis = inPage;
});
