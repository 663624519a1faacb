/**
 * What the reader's controllers share: the host, the marks (annotator and painter), the page's
 * ignore list, and the events of a pass. Passes are batched here; controllers only listen.
 */
import type { Analysis } from '../analysis';
import { Annotator } from '../annotator';
import { inDocumentOrder } from '../keyboard';
import { ignoreKeyOf, type Mark } from '../marks';
import { notePass, pageSource } from '../notes';
import { createPainter, type Painter } from '../painter';
import { yieldToPage } from '../slices';
import { ignoredOn } from '../site-switch';
import type { TextHost } from '../text-host';
import type { PageSource } from '../analysis';
import type { Language } from '../../i18n';
import { getSetting } from '../../settings';

export interface Counts {
  figures: number;
  references: number;
}

/** What controllers can listen to. */
export interface ReaderEvents {
  /** A batch of reads started. */
  reading: undefined;
  /** The last running batch finished: the marks it added, when it began and how many roots it read. */
  pass: { added: Mark[]; began: number; roots: number };
  /** Marks went away outside a pass (the reader ignored one). */
  marks: undefined;
  /** The host shows another document: the marks are gone and everything is read again. */
  reset: undefined;
}

type Listener<K extends keyof ReaderEvents> = (detail: ReaderEvents[K]) => void;

export interface ReaderCore {
  readonly host: TextHost;
  readonly doc: Document;
  readonly painter: Painter;
  readonly annotator: Annotator;
  /** Items the reader told Soi to ignore on this page (`ignoreKeyOf`). */
  readonly ignored: Set<string>;
  /** The reader's language (from the options), for the card and the check explanations. */
  language(): Language;
  /** The mark the keyboard or a revealed clip went to last. */
  focused: Mark | undefined;
  /** The marks in reading order, sorted again only after they changed. */
  ordered(): Mark[];
  /** Reads the whole host again; resolves with the counts once marked. */
  annotatePage(): Promise<Counts>;
  /** The first whole read, started by `start`. */
  firstPass(): Promise<unknown>;
  /** Removes marks the reader no longer wants. */
  remove(marks: Mark[]): void;
  on<K extends keyof ReaderEvents>(type: K, listener: Listener<K>, signal: AbortSignal): void;
}

export function createCore(host: TextHost, analysis: Analysis, signal: AbortSignal): ReaderCore & { start(): void } {
  const { doc } = host;
  const painter = createPainter(doc, 'highlight', host.nearView);
  const listeners = new Map<keyof ReaderEvents, Set<Listener<never>>>();
  const emit = <K extends keyof ReaderEvents>(type: K, detail: ReaderEvents[K]) => {
    for (const listener of listeners.get(type) ?? []) (listener as Listener<K>)(detail);
  };
  const ignored = new Set<string>();
  let page: PageSource | undefined;
  let language: Language = 'vi';
  let ordered: Mark[] | undefined;
  let running = 0;
  let first: Promise<unknown> = Promise.resolve();

  const hostWatch = host.watch(
    {
      changed: (roots) => void run(roots),
      navigated: () => {
        emit('reset', undefined);
        core.focused = undefined;
        annotator.clear();
        void core.annotatePage();
      },
    },
    signal,
  );

  const annotator: Annotator = new Annotator({
    analysis,
    painter,
    text: host,
    isIgnored: (item) => ignored.has(ignoreKeyOf(item)),
    afterDomWork: () => {
      if (painter.mode === 'wrap') hostWatch.forgetOwnChanges();
    },
    annotate: async (result, passSignal) => {
      // The page's own facts come from a whole read; a changed part reuses them.
      if (!page || result.root === host.root()) page = pageSource(host.facts(), result.page.text);
      await notePass(result, page, analysis, language, passSignal);
      for (const mark of result.added) if (mark.notes.check?.status === 'warning') painter.renote(mark);
    },
  });

  /** One batch: every root read in turn, then one `pass` event. */
  const run = async (roots: Node[]): Promise<Counts> => {
    running++;
    emit('reading', undefined);
    const began = performance.now();
    const added: Mark[] = [];
    try {
      for (const root of roots) {
        const result = await annotator.annotate(root);
        for (const mark of result?.added ?? []) added.push(mark);
      }
    } finally {
      running--;
    }
    ordered = undefined;
    if (running === 0 && !signal.aborted) {
      // The report and the cross-check start in a task of their own, not in the last slice of the notes.
      await yieldToPage();
      if (!signal.aborted) emit('pass', { added, began, roots: roots.length });
    }
    return annotator.counts();
  };

  const core: ReaderCore & { start(): void } = {
    host,
    doc,
    painter,
    annotator,
    ignored,
    focused: undefined,
    language: () => language,
    ordered: () => (ordered ??= inDocumentOrder(annotator.marks)),
    async annotatePage() {
      page = undefined;
      const url = host.facts().url;
      const [stored, chosen] = await Promise.all([ignoredOn(url).catch(() => new Set<string>()), getSetting('language').catch(() => language)]);
      ignored.clear();
      for (const key of stored) ignored.add(key);
      language = chosen;
      return run([host.root()]);
    },
    firstPass: () => first,
    remove(marks) {
      annotator.remove(marks);
      ordered = undefined;
      emit('marks', undefined);
    },
    on(type, listener, listenerSignal) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener as Listener<never>);
      listenerSignal.addEventListener('abort', () => set.delete(listener as Listener<never>));
    },
    start() {
      // Registered last, so controllers undo their part while the marks are still there.
      signal.addEventListener('abort', () => {
        annotator.clear();
        painter.dispose();
        listeners.clear();
      });
      first = core.annotatePage();
    },
  };

  return core;
}
