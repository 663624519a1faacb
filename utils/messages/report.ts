/**
 * The page report's bounds, without valibot: the content script cuts its report into parts by
 * them, and the background's schemas hold every message to them.
 */

/** At most this many findings in one page report, all parts together. */
export const REPORT_FINDINGS_MAX = 2_000;
/** At most this many findings in one part of a report: a part is serialised in one task of the page. */
export const REPORT_PART_FINDINGS = 250;
/**
 * About this many characters of explanations and items in one part: some 60 kB of message, a few
 * milliseconds to serialise (the whole 2 000-finding report, ~1 MB, took 66 ms in one task).
 */
export const REPORT_PART_CHARS = 50_000;
