/**
 * The reader on one page: annotates it, keeps the marks in step with a changing page, opens cards
 * by hover and keyboard, and reports what it found (on `<html data-soi-*>` for tests and outside
 * checks, to the background for the toolbar badge).
 */
import type { CardHandle } from '../../components/card/mount';
import { handle, send, type ClipDraft } from '../messaging';
import { markActions, pageFacts, positionOf } from './actions';
import { Annotator, type PassResult } from './annotator';
import { watchChanges } from './changes';
import { clipDraft } from './clip-draft';
import type { Analysis } from './analysis';
import { inDocumentOrder, stepTo, watchKeys, type Step } from './keyboard';
import { textOf, type Mark } from './marks';
import { watchNavigation } from './navigation';
import { domPiecesOf, readPageTextInSlices, type ReadOptions } from './page-text';
import { anchor } from '../anchoring/anchor';
import { createPainter, type Placed } from './painter';
import { watchHover } from './pointer';
import { ignoredOn } from './site-switch';
import { ignoreKey } from './actions';
import { crossCheck, notePass, pageFindings, pageMeta } from './notes';
import type { PageMeta } from '../attribution/types';
import { getLanguage, setLanguage } from '../i18n';
import { getSetting } from '../settings';

export const MEASURE = 'soi:annotate';

export interface ReaderOptions {
  /** Extraction, attribution and checks: `inPage` slices, or a worker for big pages. */
  analysis: Analysis;
  /** Loads the card UI on first use. */
  loadCard: () => Promise<CardHandle>;
  read?: ReadOptions;
}

export interface Reader {
  /** Reads the whole page again; resolves with the counts once marked. */
  annotatePage(): Promise<{ figures: number; references: number }>;
  stop(): void;
}

export function startReader(doc: Document, options: ReaderOptions): Reader {
  const html = doc.documentElement;
  const painter = createPainter(doc);
  const stops: (() => void)[] = [];
  let ignored = new Set<string>();
  let meta: PageMeta | undefined;
  let href = doc.location.href;

  const changes = watchChanges(doc, (roots) => void run(roots));
  stops.push(() => changes.stop());

  const annotator: Annotator = new Annotator({
    analysis: options.analysis,
    painter,
    ...(options.read ? { read: options.read } : {}),
    isIgnored: (item) => ignored.has(`${item.type}:${textOf(item)}`),
    afterDomWork: () => {
      if (painter.mode === 'wrap') changes.forgetPending();
    },
    annotate: async (result: PassResult, signal: AbortSignal) => {
      // The page's own facts come from a whole-page read; a changed block reuses them.
      if (!meta || result.root === doc.body) meta = pageMeta(doc, result.page.text);
      await notePass(result, meta, options.analysis, signal);
    },
  });

  let ordered: Mark[] | undefined;
  let lastReport = '';
  let running = 0;

  const report = () => {
    const counts = annotator.counts();
    html.dataset.soiFigures = String(counts.figures);
    html.dataset.soiReferences = String(counts.references);
    const key = `${doc.location.href} ${counts.figures} ${counts.references}`;
    if (key !== lastReport) {
      lastReport = key;
      void send('page.report', { url: doc.location.href, title: doc.title.slice(0, 1_000), counts, findings: pageFindings(annotator.marks) });
    }
    return counts;
  };

  /** One batch: every root read in turn, then the counts and the measure recorded once. */
  const run = async (roots: Node[]) => {
    running++;
    html.dataset.soiState = 'reading';
    const began = performance.now();
    const added: Mark[] = [];
    try {
      for (const root of roots) added.push(...((await annotator.annotate(root))?.added ?? []));
    } finally {
      running--;
    }
    void crossCheck(added, doc.location.href, (mark) => painter.renote(mark));
    ordered = undefined;
    if (running === 0) {
      const counts = report();
      html.dataset.soiState = 'done';
      performance.measure(MEASURE, { start: began, end: performance.now(), detail: { roots: roots.length, ...counts } });
    }
    return annotator.counts();
  };

  const annotatePage = async () => {
    meta = undefined;
    ignored = await ignoredOn(doc.location.href).catch(() => new Set<string>());
    setLanguage(await getSetting('language').catch(() => getLanguage()));
    return run([doc.body ?? html]);
  };

  // Cards.
  let card: Promise<CardHandle> | undefined;
  let shown: Mark | undefined;
  let focused: Mark | undefined;
  let ownScrollUntil = 0;
  const actions = markActions(doc, options.read ?? {});
  const cardHandle = () => (card ??= options.loadCard());

  const closeCard = () => {
    shown = undefined;
    painter.focus(undefined);
    void card?.then((c) => c.hide());
  };

  const openCard = async (mark: Mark, takeFocus: boolean) => {
    const handle = await cardHandle();
    if (!annotator.marks.has(mark)) return;
    shown = mark;
    const anchor = painter.rangeOf(mark).getBoundingClientRect();
    handle.show(
      { item: mark.item, notes: mark.notes, language: getLanguage() },
      {
        clip: () => actions.clip(mark),
        copy: () => actions.copy(mark),
        ignore: () => {
          ignored.add(ignoreKey(mark));
          void actions.ignore(mark);
          annotator.remove([mark]);
          ordered = undefined;
          report();
          closeCard();
        },
        close: closeCard,
      },
      anchor,
      takeFocus,
    );
  };

  stops.push(
    watchHover(doc, painter, {
      overCard: (target) => Boolean(target && card && (target as Element).hasAttribute?.('data-soi-ui')),
      onEnter: (mark) => void openCard(mark, false),
      onLeave: () => {
        if (shown && shown !== focused) closeCard();
      },
    }),
  );

  const isAbove = (mark: Mark) => painter.rangeOf(mark).getBoundingClientRect().bottom < 0;
  const scrollTo = (mark: Placed) => {
    const view = doc.defaultView;
    if (!view) return;
    ownScrollUntil = performance.now() + 500;
    const range = painter.rangeOf(mark);
    let rect = range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= view.innerHeight) return;
    mark.pieces[0]?.node.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > view.innerHeight) view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: 'instant' });
  };

  stops.push(
    watchKeys(
      doc,
      (step: Step) => {
        ordered ??= inDocumentOrder(annotator.marks);
        const target = stepTo(ordered, focused && annotator.marks.has(focused) ? focused : undefined, step, isAbove);
        if (!target) return;
        focused = target;
        scrollTo(target);
        painter.focus(target);
        void openCard(target, true);
      },
      () => {
        if (shown) closeCard();
      },
    ),
  );

  const onScroll = () => {
    if (shown && performance.now() > ownScrollUntil) closeCard();
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  stops.push(() => doc.removeEventListener('scroll', onScroll, { capture: true }));

  // A single-page app moving to another article: start over.
  stops.push(
    watchNavigation(doc.defaultView as Window, () => {
      if (doc.location.href === href) return;
      href = doc.location.href;
      closeCard();
      focused = undefined;
      annotator.clear();
      void annotatePage();
    }),
  );

  // Requests from the background (toolbar button, context menu).
  stops.push(
    handle({
      'reader.annotate': async () => ({ ok: true, ...(await annotatePage()) }),
      // The notebook opening a clip: find the clipped spot again, scroll to it, show it.
      'reader.reveal': async ({ selectors }) => {
        await firstPass.catch(() => undefined);
        const page = await readPageTextInSlices(doc.body ?? html, options.read);
        const spot = anchor(page.text, selectors);
        if (spot.start === undefined || spot.end === undefined) return { ok: true, anchored: spot.status };
        const pieces = domPiecesOf(page, spot.start, spot.end);
        if (pieces.length === 0) return { ok: true, anchored: 'missing' };
        const covering = [...annotator.marks].find((mark) =>
          mark.pieces.some((piece) => pieces.some((p) => p.node === piece.node && p.from < piece.to && piece.from < p.to)),
        );
        const target: Placed = covering ?? { pieces };
        focused = covering;
        scrollTo(target);
        painter.focus(target);
        // Answer once the card is up, so the side panel can tell the reader it is there.
        if (covering) await openCard(covering, false);
        return { ok: true, anchored: spot.status };
      },
      'reader.clipSelection': async () => {
        const selection = doc.getSelection();
        if (!selection || selection.rangeCount === 0) return { ok: true, drafts: [] };
        const range = selection.getRangeAt(0);
        const chosen = inDocumentOrder(annotator.marks).filter((mark) => mark.pieces.some((piece) => range.intersectsNode(piece.node)));
        const page = await readPageTextInSlices(doc.body ?? html, options.read);
        const facts = pageFacts(doc);
        const drafts: ClipDraft[] = [];
        for (const mark of chosen.slice(0, 500)) {
          const at = positionOf(page, mark);
          if (at) drafts.push(clipDraft(mark.item, page.text, at.start, at.end, facts, mark.notes.context));
        }
        return { ok: true, drafts };
      },
    }),
  );

  const firstPass = annotatePage();

  return {
    annotatePage,
    stop() {
      for (const stop of stops.splice(0)) stop();
      closeCard();
      void card?.then((c) => c.dispose());
      annotator.clear();
      painter.dispose();
      delete html.dataset.soiState;
      delete html.dataset.soiFigures;
      delete html.dataset.soiReferences;
    },
  };
}
