/**
 * The shapes of what Soi's worlds send each other, as valibot schemas and the types they check.
 * Kept apart from utils/messaging.ts, which sends and receives through the extension API: the
 * side panel's worker checks a backup's clips against these shapes and has no extension API.
 */
import * as v from 'valibot';
import type { FigureContext } from '../attribution/types';
import type { AnchorStatus } from '../anchoring/anchor';
import type { Selectors } from '../anchoring/types';
import { FIGURE_KINDS } from '../extraction/types';
import { REPORT_FINDINGS_MAX, REPORT_PART_FINDINGS } from './report';

export { REPORT_FINDINGS_MAX, REPORT_PART_FINDINGS } from './report';

// Bounds keep a hostile or broken page from pushing megabytes through a message.
export const short = v.pipe(v.string(), v.maxLength(1_000));
export const text = v.pipe(v.string(), v.maxLength(10_000));
export const url = v.pipe(v.string(), v.maxLength(8_192));
export const finite = v.pipe(v.number(), v.finite());
export const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const IndicatorSchema = v.object({ id: short, name: short, en: v.optional(short) });
const SubjectSchema = v.object({
  id: short,
  name: short,
  map: v.picklist([63, 34]),
  level: v.optional(v.literal('country')),
  lineage: v.optional(v.pipe(v.array(v.object({ id: short, name: short })), v.maxLength(20))),
});
const PeriodSchema = v.object({
  key: short,
  from: short,
  to: short,
  basis: v.picklist(['year', 'range', 'half', 'quarter', 'month', 'cumulative', 'publication']),
});
const unknown = v.literal('unknown');

export const AttributionSchema = v.object({
  indicator: v.union([unknown, IndicatorSchema]),
  subject: v.union([unknown, SubjectSchema]),
  period: v.union([unknown, PeriodSchema]),
  target: v.optional(v.literal(true)),
}) satisfies v.GenericSchema<FigureContext>;

export const SelectorsSchema = v.object({
  quote: v.object({ exact: text, prefix: text, suffix: text }),
  position: v.pipe(
    v.object({ start: offset, end: offset }),
    v.check((p) => p.end >= p.start, 'a position must not end before it starts'),
  ),
}) satisfies v.GenericSchema<Selectors>;

/** Where the clipped text came from. */
const source = {
  attribution: AttributionSchema,
  /** The sentence around the figure or reference, as the reader saw it. */
  sentence: text,
  selectors: SelectorsSchema,
  url,
  title: short,
  site: short,
  /** ISO date of publication, when the page tells it. */
  publishedAt: v.optional(short),
  /** A clip from Soi's PDF viewer: the file's PDF fingerprint and the page the spot is on. */
  pdf: v.optional(v.object({ fingerprint: short, page: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
};

/** What a figure is, as the page wrote it: shared by a clip and a cross-check query. */
const figureFields = {
  text: short,
  value: finite,
  figureKind: v.picklist(FIGURE_KINDS),
  unit: v.optional(short),
  of: v.optional(finite),
  qualifier: v.optional(short),
};

export const FigureDraftSchema = v.object({
  kind: v.literal('figure'),
  ...figureFields,
  ...source,
});

export const ReferenceDraftSchema = v.object({
  kind: v.literal('reference'),
  text: short,
  symbol: short,
  docType: v.optional(short),
  issuer: v.optional(short),
  date: v.optional(short),
  ...source,
});

/** A figure or reference the reader asked to keep, before the notebook gives it an id. */
export const ClipDraftSchema = v.variant('kind', [FigureDraftSchema, ReferenceDraftSchema]);
export type ClipDraft = v.InferOutput<typeof ClipDraftSchema>;
export type FigureDraft = v.InferOutput<typeof FigureDraftSchema>;
export type ReferenceDraft = v.InferOutput<typeof ReferenceDraftSchema>;

/** A figure on the page, keyed by its attribution, asking the notebook what it already holds. */
export const MatchQuerySchema = v.object({
  /** The caller's own handle for the figure (e.g. its mark id), echoed back in the result. */
  ref: short,
  ...figureFields,
  indicator: short,
  subject: short,
  period: short,
});
export type MatchQuery = v.InferOutput<typeof MatchQuerySchema>;

/** Another source in the notebook that speaks to the same indicator, subject and period. */
const SourceHitSchema = v.object({
  text: short,
  value: finite,
  title: short,
  site: short,
  url,
  publishedAt: v.optional(short),
});
export type SourceHit = v.InferOutput<typeof SourceHitSchema>;

export const MatchResultSchema = v.object({
  ref: short,
  /** The notebook already holds this very figure from this page. */
  held: v.boolean(),
  matches: v.array(SourceHitSchema),
  contradictions: v.array(SourceHitSchema),
});
export type MatchResult = v.InferOutput<typeof MatchResultSchema>;

/** One finding of the page's consistency checks; kept generic so new rules need no new message. */
export const FindingSchema = v.object({
  rule: short,
  status: v.picklist(['ok', 'warning']),
  items: v.pipe(v.array(short), v.maxLength(100)),
  explanation: text,
});
export type Finding = v.InferOutput<typeof FindingSchema>;

const reportFindings = v.pipe(v.array(FindingSchema), v.maxLength(REPORT_PART_FINDINGS));
/** Which pass of which content script a report comes from: later parts join only their own report. */
const pass = v.pipe(v.string(), v.maxLength(100));

/**
 * A page report's first message: counts for the badge and the first part of the findings. A big
 * page's findings follow in further parts (`PageReportPartSchema`), each sent from a task of its own.
 */
export const PageReportSchema = v.object({
  url,
  title: v.optional(short),
  counts: v.object({ figures: offset, references: offset }),
  findings: reportFindings,
  pass,
  parts: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(REPORT_FINDINGS_MAX)),
});

/** Part `part` (1, 2, …) of the findings of report `pass`; the background appends it in order. */
export const PageReportPartSchema = v.object({
  url,
  pass,
  part: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(REPORT_FINDINGS_MAX)),
  findings: reportFindings,
});
export type PageReportPart = v.InferOutput<typeof PageReportPartSchema>;

/** A tab's report as the background keeps it: the first message, the findings of every part joined so far. */
export type PageReport = Omit<v.InferOutput<typeof PageReportSchema>, 'findings'> & {
  findings: v.InferOutput<typeof FindingSchema>[];
  /** How many parts, the first included, are joined. */
  joined: number;
};

/** Where the background keeps a tab's latest report (`storage.session`), for the side panel's Checks tab. */
export function pageReportKey(tabId: number): string {
  return `pageReport.${tabId}`;
}

/** How well a clip was found again in its page. */
export const AnchorStatusSchema = v.picklist(['exact', 'moved', 'changed', 'missing'] satisfies AnchorStatus[]);
export type { AnchorStatus };

/** Why a request failed; `quota` is the browser's storage running out, shown as such to the user. */
export const ErrorSchema = v.object({
  ok: v.literal(false),
  error: text,
  code: v.optional(v.picklist(['invalid', 'quota', 'no-receiver', 'failed', 'refused', 'stale'])),
});
export type ErrorAnswer = v.InferOutput<typeof ErrorSchema>;
