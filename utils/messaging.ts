/**
 * The typed messages between Soi's three worlds: the content script (the page), the background
 * (owner of the notebook) and the extension pages (side panel, options).
 *
 * Every message is one member of a discriminated union, checked against its schema where it is
 * received and its answer checked where it comes back: a hostile page can reach the content
 * script's memory, so nothing it could have shaped is trusted just because TypeScript says so.
 * Answers are always `{ ok: true, … } | { ok: false, error }`; `send` never throws, so a missing
 * receiver or a broken payload reaches the caller as an error it can show.
 *
 * Each message also says who may send it, and is answered only from there: Soi's content script in a
 * web page's tab, Soi's own extension pages (side panel, options, PDF viewer), or, for messages to a
 * page, the background. The browser vouches for `sender.id`, `sender.url` and `sender.tab`, which
 * the sender cannot shape, unlike the payload.
 */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { BACKGROUND_TEXT_MAX } from './annotation/analysis';
import type { Extraction } from './extraction/types';
import { isWebAddress } from './links';
import {
  AnchorStatusSchema,
  ClipDraftSchema,
  ErrorSchema,
  MatchQuerySchema,
  MatchResultSchema,
  PageReportPartSchema,
  PageReportSchema,
  SelectorsSchema,
  finite,
  offset,
  url,
  type ErrorAnswer,
} from './messages/schemas';

export {
  AnchorStatusSchema,
  AttributionSchema,
  ClipDraftSchema,
  FigureDraftSchema,
  FindingSchema,
  ReferenceDraftSchema,
  SelectorsSchema,
  REPORT_FINDINGS_MAX,
  REPORT_PART_FINDINGS,
  pageReportKey,
  type AnchorStatus,
  type ClipDraft,
  type ErrorAnswer,
  type FigureDraft,
  type Finding,
  type MatchQuery,
  type MatchResult,
  type PageReport,
  type PageReportPart,
  type ReferenceDraft,
  type SourceHit,
} from './messages/schemas';

export type Sender = Browser.runtime.MessageSender;

function answer<const E extends v.ObjectEntries>(entries: E) {
  return v.variant('ok', [v.object({ ok: v.literal(true), ...entries }), ErrorSchema]);
}

const empty = v.object({});

/**
 * Who sent a message, as the browser tells it: Soi's content script in a web page (`content`),
 * one of Soi's extension pages (`page`), or, sending to a tab, some part of Soi outside any tab
 * (`extension`: the background). Anything else, another extension included, is no one Soi answers.
 */
export type SenderKind = 'content' | 'page' | 'extension';

export function senderKinds(sender: Sender): SenderKind[] {
  if (!sender.id || sender.id !== browser.runtime.id) return [];
  const kinds: SenderKind[] = [];
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) kinds.push('page');
  else if (sender.tab?.id !== undefined && sender.url && isWebAddress(sender.url)) kinds.push('content');
  if (sender.tab === undefined) kinds.push('extension');
  return kinds;
}

/**
 * The whole protocol. `to` says who answers: the background (from the page or the side panel)
 * or the content script of one tab (from the background); `from` who may ask.
 */
const protocol = {
  /** Keep a figure or reference; the same figure of the same page is recognised, not stored twice. */
  'clip.save': {
    to: 'background',
    from: ['content', 'page'],
    payload: ClipDraftSchema,
    answer: answer({ id: finite, duplicate: v.boolean() }),
  },
  /** Open a clip's source and show the clipped spot (side panel → background → page). */
  'clip.open': {
    to: 'background',
    from: ['page'],
    payload: v.object({ id: finite }),
    answer: answer({ anchored: AnchorStatusSchema }),
  },
  /** What the notebook says about the page's figures: the on-page cross-check badge. */
  'notebook.match': {
    to: 'background',
    from: ['content', 'page'],
    payload: v.object({ url, figures: v.pipe(v.array(MatchQuerySchema), v.maxLength(5_000)) }),
    answer: answer({ results: v.array(MatchResultSchema) }),
  },
  /** Counts for the toolbar badge and the page's check findings, for the side panel's Checks tab. */
  'page.report': {
    to: 'background',
    from: ['content', 'page'],
    payload: PageReportSchema,
    answer: answer({}),
  },
  /** A further part of a page report's findings, appended in order to the report it names. */
  'page.reportPart': {
    to: 'background',
    from: ['content', 'page'],
    payload: PageReportPartSchema,
    answer: answer({}),
  },
  /** The reader is about to read a page: compile extraction now, while the page loads. */
  'analysis.warm': {
    to: 'background',
    from: ['content'],
    payload: empty,
    answer: answer({}),
  },
  /** Figures and references of a short page text, for the first marks (the page's worker may still be starting). */
  'analysis.extract': {
    to: 'background',
    from: ['content'],
    payload: v.object({ text: v.pipe(v.string(), v.maxLength(BACKGROUND_TEXT_MAX)) }),
    // Made by the background itself, and read only by the content script that asked.
    answer: answer({ found: v.custom<Extraction>((value) => typeof value === 'object' && value !== null) }),
  },
  /** Read this page now (toolbar button, shortcut). */
  'reader.annotate': {
    to: 'content',
    from: ['extension'],
    payload: empty,
    answer: answer({ figures: offset, references: offset }),
  },
  /** The figures and references inside the reader's current selection, ready to clip. */
  'reader.clipSelection': {
    to: 'content',
    from: ['extension'],
    payload: empty,
    answer: answer({ drafts: v.pipe(v.array(ClipDraftSchema), v.maxLength(500)) }),
  },
  /** Scroll to and highlight a clipped spot, re-anchored from its selectors. */
  'reader.reveal': {
    to: 'content',
    from: ['extension'],
    payload: v.object({ selectors: SelectorsSchema }),
    answer: answer({ anchored: AnchorStatusSchema }),
  },
} as const satisfies Record<string, { to: 'background' | 'content'; from: readonly SenderKind[]; payload: v.GenericSchema; answer: v.GenericSchema }>;

type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type Payload<T extends MessageType> = v.InferOutput<Protocol[T]['payload']>;
export type Answer<T extends MessageType> = v.InferOutput<Protocol[T]['answer']>;
type To<W> = { [T in MessageType]: Protocol[T]['to'] extends W ? T : never }[MessageType];
export type BackgroundMessageType = To<'background'>;
export type ContentMessageType = To<'content'>;

/** Every message as it travels: one discriminated union over `type`. */
export type Message = { [T in MessageType]: { soi: 1; type: T; payload: Payload<T> } }[MessageType];

const EnvelopeSchema = v.object({ soi: v.literal(1), type: v.picklist(Object.keys(protocol) as MessageType[]), payload: v.unknown() });

export function failure(error: string, code: ErrorAnswer['code'] = 'failed'): ErrorAnswer {
  return { ok: false, error, code };
}

function problem(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function checkAnswer<T extends MessageType>(type: T, raw: unknown): Answer<T> {
  if (raw === undefined) return failure(`no one answered ${type}`, 'no-receiver') as Answer<T>;
  const parsed = v.safeParse(protocol[type].answer, raw);
  if (!parsed.success) return failure(`malformed answer to ${type}: ${problem(parsed.issues)}`, 'invalid') as Answer<T>;
  return parsed.output as Answer<T>;
}

function transportError(error: unknown): ErrorAnswer {
  return failure(error instanceof Error ? error.message : String(error), 'no-receiver');
}

/** Ask the background. */
export async function send<T extends BackgroundMessageType>(type: T, payload: Payload<T>): Promise<Answer<T>> {
  const message = { soi: 1, type, payload } as Message;
  try {
    return checkAnswer(type, await browser.runtime.sendMessage(message));
  } catch (error) {
    return transportError(error) as Answer<T>;
  }
}

/** Ask the content script of one tab (top frame unless `frameId` is given). */
export async function sendToTab<T extends ContentMessageType>(tabId: number, type: T, payload: Payload<T>, frameId = 0): Promise<Answer<T>> {
  const message = { soi: 1, type, payload } as Message;
  try {
    return checkAnswer(type, await browser.tabs.sendMessage(tabId, message, { frameId }));
  } catch (error) {
    return transportError(error) as Answer<T>;
  }
}

export type Handlers<T extends MessageType> = {
  [K in T]: (payload: Payload<K>, sender: Sender) => Answer<K> | Promise<Answer<K>>;
};

/**
 * Answers the given message types in this world; others are left for other listeners. A message
 * from someone its protocol entry does not name is refused, and its payload validated, before a
 * handler sees it; a handler that throws answers `{ ok: false }`. Returns a function that stops listening.
 */
export function handle<T extends MessageType>(handlers: Partial<Handlers<T>>): () => void {
  const listener = (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    const envelope = v.safeParse(EnvelopeSchema, raw);
    if (!envelope.success) return undefined;
    const type = envelope.output.type as T;
    const handler = handlers[type] as ((payload: unknown, sender: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    const from: readonly SenderKind[] = protocol[type].from;
    if (!senderKinds(sender).some((kind) => from.includes(kind))) return Promise.resolve(failure(`${type} is not accepted from this sender`, 'refused'));
    const payload = v.safeParse(protocol[type].payload, envelope.output.payload);
    if (!payload.success) return Promise.resolve(failure(`malformed ${type}: ${problem(payload.issues)}`, 'invalid'));
    return (async () => {
      try {
        return await handler(payload.output, sender);
      } catch (error) {
        return failure(error instanceof Error ? error.message : String(error));
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
