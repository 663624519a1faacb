/**
 * One annotation pass: read the text under a root, extract, map offsets back to the DOM, paint.
 * Every step is time-sliced. Passes run one at a time; a pass over a subtree replaces the marks
 * that were inside it, so a changing page is re-read only where it changed.
 */
import type { Extraction } from '../extraction/types';
import type { Analysis } from './analysis';
import { countMarks, isIntact, itemsInOrder, marksFor, type Mark, type Marked } from './marks';
import { isInsideSkipped, readPageTextInSlices, type PageText } from './page-text';
import type { Painter } from './painter';
import { Cancelled, runInSlices, yieldToPage } from './slices';
import type { TextHost } from './text-host';

/** Items mapped per slice check. */
const MARK_BATCH = 500;
/** Marks painted per slice check: smaller, since a batch also checks that every mark's text is still there. */
const PAINT_BATCH = 250;

export interface PassResult {
  root: Node;
  page: PageText;
  found: Extraction;
  added: Mark[];
}

export interface AnnotatorOptions {
  /** Extraction (and, through `annotate`, attribution and checks): in slices on the page, or in a worker. */
  analysis: Analysis;
  painter: Painter;
  /** Where the text comes from; a web page's DOM as it is, by default. */
  text?: Pick<TextHost, 'read' | 'canRead'>;
  /** Items the reader asked Soi to ignore on this page. */
  isIgnored?: (item: Marked) => boolean;
  /** Notes for new marks (attribution, checks), added once they are painted; the pass ends when they are in. */
  annotate?: (result: PassResult, signal: AbortSignal) => void | Promise<void>;
  /** Called right after Soi changed the DOM itself (the `<mark>` fallback), so an observer can forget it. */
  afterDomWork?: () => void;
  /** Sees every finished pass with the counts of all marks on the page. */
  onPass?: (result: PassResult, counts: { figures: number; references: number }) => void;
}

const domText: Pick<TextHost, 'read' | 'canRead'> = {
  canRead: (node) => node.isConnected && !isInsideSkipped(node),
  read: (node, signal) => readPageTextInSlices(node, {}, signal),
};

export class Annotator {
  readonly marks = new Set<Mark>();
  private queue: Promise<void> = Promise.resolve();
  private controller = new AbortController();

  constructor(private options: AnnotatorOptions) {}

  /** Reads `root` again, after any pass already queued. */
  annotate(root: Node): Promise<PassResult | undefined> {
    const signal = this.controller.signal;
    const run = this.queue.then(() => (signal.aborted ? undefined : this.pass(root, signal)));
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run.catch((error: unknown) => {
      if (error instanceof Cancelled) return undefined;
      throw error;
    });
  }

  /** Stops queued and running passes and removes every mark. */
  clear(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.remove([...this.marks]);
  }

  /** Removes marks (the reader ignored them, or their text is gone). */
  remove(marks: readonly Mark[]): void {
    if (marks.length === 0) return;
    this.options.painter.erase(marks);
    for (const mark of marks) this.marks.delete(mark);
    this.options.afterDomWork?.();
  }

  counts(): { figures: number; references: number } {
    return countMarks(this.marks);
  }

  private async pass(root: Node, signal: AbortSignal): Promise<PassResult> {
    const { painter } = this.options;
    let phase = performance.now();
    // Each step's time, for `npm run bench:page` and the browser's performance panel.
    const measure = (name: string) => {
      const now = performance.now();
      performance.measure(`soi:annotate:${name}`, { start: phase, end: now });
      phase = now;
    };
    const text = this.options.text ?? domText;
    const page: PageText = text.canRead(root) ? await text.read(root, signal) : { text: '', runs: [] };
    measure('read');
    const found = await this.options.analysis.extract(page.text, signal);
    measure('extract');
    // The last part of a worker's answer arrives in a task of its own: items are mapped from the next one.
    const items = itemsInOrder(found);
    const added: Mark[] = [];
    let listed = false;
    await runInSlices((shouldYield) => {
      while (!listed && !shouldYield()) {
        const batch: { item: Marked; start: number; end: number }[] = [];
        while (batch.length < MARK_BATCH) {
          const next = items.next();
          if (next.done) {
            listed = true;
            break;
          }
          if (!this.options.isIgnored?.(next.value.item)) batch.push(next.value);
        }
        for (const mark of marksFor(page, batch)) added.push(mark);
      }
      return listed;
    }, signal);

    measure('map');

    // What this pass read replaces what was marked there before; marks whose text is gone go too.
    const stale: Mark[] = [];
    const before = [...this.marks];
    await runInSlices((shouldYield) => {
      for (let checked = 0; before.length > 0; checked++) {
        if (checked % 256 === 255 && shouldYield()) return false;
        const mark = before.pop() as Mark;
        if (!isIntact(mark) || root.contains(mark.pieces[0]?.node ?? null)) stale.push(mark);
      }
      return true;
    }, signal);
    let removed = 0;
    await runInSlices((shouldYield) => {
      while (removed < stale.length && !shouldYield()) {
        this.remove(stale.slice(removed, removed + PAINT_BATCH));
        removed += PAINT_BATCH;
      }
      return removed >= stale.length;
    }, signal);
    // The page may have changed while the pass was reading: paint only what is still there.
    const fresh: Mark[] = [];
    let painted = 0;
    await runInSlices((shouldYield) => {
      while (painted < added.length && !shouldYield()) {
        const batch = added.slice(painted, painted + PAINT_BATCH).filter(isIntact);
        painter.paint(batch);
        this.options.afterDomWork?.();
        for (const mark of batch) {
          this.marks.add(mark);
          fresh.push(mark);
        }
        painted += PAINT_BATCH;
      }
      return painted >= added.length;
    }, signal);
    // Showing the marks (or starting to watch which are near the viewport) in a task of its own.
    await yieldToPage();
    if (signal.aborted) throw new Cancelled();
    painter.settle();
    measure('paint');
    // The marks show first; what attribution and the checks say about them follows.
    const result: PassResult = { root, page, found, added: fresh };
    await this.options.annotate?.(result, signal);
    if (signal.aborted) throw new Cancelled();
    measure('notes');
    this.options.onPass?.(result, this.counts());
    return result;
  }
}
