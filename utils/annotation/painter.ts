/**
 * Painting marks on the page. The Custom Highlight API paints ranges without changing the page's
 * DOM; where it is missing, each stretch of text is wrapped in a `<mark data-soi-mark>` that has
 * no box of its own. Both keep an index from text node to marks for hit-testing.
 */
import { HIGHLIGHT, highlightCss, installStyles, isStyled, wrapperCss, type HighlightName } from './styles';
import type { Mark } from './marks';
import { SLICE_MS, yieldToPage } from './slices';

/** Anything with text-node stretches: a mark, or a spot found again. */
export type Placed = Pick<Mark, 'pieces'>;

export interface Painter {
  readonly mode: 'highlight' | 'wrap';
  paint(marks: readonly Mark[]): void;
  /**
   * The pass has painted all its marks: shows those still waiting, in one change. The browser
   * re-examines the whole page after each change to the highlights, so a pass makes one, not one per batch.
   */
  settle(): void;
  erase(marks: readonly Mark[]): void;
  /** Repaints a mark's notes (the page's checks; never the notebook's cross-check). */
  renote(mark: Mark): void;
  /** Shows the reader's current place: a mark, or any stretch of text (a clip found again). */
  focus(mark: Placed | undefined): void;
  /** The mark shown at a DOM point (a caret position), the innermost when marks nest. */
  markAt(node: Node, offset: number): Mark | undefined;
  /** A live range over the mark, for its position on screen. */
  rangeOf(mark: Placed): Range;
  dispose(): void;
}

interface HighlightLike {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): boolean;
  clear(): void;
  priority: number;
}

interface HighlightWorld {
  Highlight: new (...ranges: AbstractRange[]) => HighlightLike;
  registry: Map<string, HighlightLike>;
}

function highlightWorld(doc: Document): HighlightWorld | undefined {
  const view = doc.defaultView as { Highlight?: HighlightWorld['Highlight']; CSS?: { highlights?: HighlightWorld['registry'] } } | null;
  const css = view?.CSS;
  if (!view?.Highlight || !css?.highlights) return undefined;
  return { Highlight: view.Highlight, registry: css.highlights };
}

function liveRange(doc: Document, mark: Placed): Range {
  const range = doc.createRange();
  const first = mark.pieces[0];
  const last = mark.pieces[mark.pieces.length - 1];
  if (!first || !last) return range;
  range.setStart(first.node, Math.min(first.from, first.node.length));
  range.setEnd(last.node, Math.min(last.to, last.node.length));
  return range;
}

/** Text node → the marks over it, with the stretch of the node each covers. */
class NodeIndex {
  private byNode = new WeakMap<Text, { mark: Mark; from: number; to: number }[]>();

  add(mark: Mark): void {
    for (const piece of mark.pieces) {
      const list = this.byNode.get(piece.node);
      const entry = { mark, from: piece.from, to: piece.to };
      if (list) list.push(entry);
      else this.byNode.set(piece.node, [entry]);
    }
  }

  remove(mark: Mark): void {
    for (const piece of mark.pieces) {
      const list = this.byNode.get(piece.node);
      if (!list) continue;
      const rest = list.filter((entry) => entry.mark !== mark);
      if (rest.length) this.byNode.set(piece.node, rest);
      else this.byNode.delete(piece.node);
    }
  }

  at(node: Node, offset: number): Mark | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    let best: { mark: Mark; from: number; to: number } | undefined;
    for (const entry of list) {
      if (offset < entry.from || offset > entry.to) continue;
      if (!best || entry.to - entry.from < best.to - best.from) best = entry;
    }
    return best?.mark;
  }
}

/**
 * The notes a mark shows on the page: the page's own checks only. What the notebook says about a
 * figure stays in the card (a closed shadow root): the page can read the highlight registry and
 * the DOM, and must not learn from them what the reader keeps.
 */
function notesOf(mark: Mark): HighlightName[] {
  return mark.notes.check?.status === 'warning' ? ['warning'] : [];
}

/**
 * Tells the painter which of the elements its marks lie in are near the reader's view (`report`,
 * as often as that changes): only their marks are registered with the Highlight API.
 */
export interface NearView {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

/** Starts a `NearView` that reports to `report`; a host with its own idea of the view (the PDF viewer's pages) gives one. */
export type WatchNearView = (report: (element: Element, near: boolean) => void) => NearView;

/** Near: a screen and a half above and below the viewport, so marks are there before the reader scrolls to them. */
function viewportNearView(doc: Document): WatchNearView | undefined {
  const Observer = doc.defaultView?.IntersectionObserver;
  if (!Observer) return undefined;
  return (report) =>
    new Observer(
      (entries) => {
        for (const entry of entries) report(entry.target, entry.isIntersecting);
      },
      { rootMargin: '150% 0px 150% 0px' },
    );
}

/**
 * Beyond this many marks, only those near the viewport are registered with the Highlight API:
 * the browser re-validates every registered range whenever the set changes, which on a page of
 * tens of thousands of marks costs long frames. Hit-testing and counts still see every mark.
 */
export const VIRTUAL_FROM = 3_000;

/** Elements handed to the IntersectionObserver between two looks at the clock. */
const OBSERVE_BATCH = 200;

class HighlightPainter implements Painter {
  readonly mode = 'highlight';
  private index = new NodeIndex();
  private ranges = new Map<Mark, StaticRange>();
  private layers = new Map<HighlightName, HighlightLike>();
  private focused: { mark: Placed; range: StaticRange } | undefined;
  private removeStyles: (() => void) | undefined;
  /** Marks whose ranges are registered (all of them until the page has more than VIRTUAL_FROM, unless the host says what is near its view). */
  private shown = new Set<Mark>();
  private byElement = new Map<Element, Set<Mark>>();
  private viewport: NearView | undefined;
  /** Painted marks not yet shown: they are shown together when the pass settles. */
  private waiting = new Set<Mark>();

  constructor(
    private doc: Document,
    private world: HighlightWorld,
    nearView?: WatchNearView,
  ) {
    // A host that says what is near its view is virtual from the first mark.
    if (nearView) this.viewport = nearView((element, near) => this.nearChanged(element, near));
    // Later layers paint over earlier ones: notes over kinds, focus over all.
    (Object.keys(HIGHLIGHT) as HighlightName[]).forEach((name, priority) => {
      const layer = new world.Highlight();
      layer.priority = priority;
      world.registry.set(HIGHLIGHT[name], layer);
      this.layers.set(name, layer);
    });
  }

  private layer(name: HighlightName): HighlightLike {
    return this.layers.get(name) as HighlightLike;
  }

  private staticRange(mark: Placed): StaticRange {
    const first = mark.pieces[0] as Mark['pieces'][number];
    const last = mark.pieces[mark.pieces.length - 1] as Mark['pieces'][number];
    return new StaticRange({ startContainer: first.node, startOffset: first.from, endContainer: last.node, endOffset: last.to });
  }

  private show(mark: Mark): void {
    const range = this.ranges.get(mark);
    if (!range || this.shown.has(mark)) return;
    this.shown.add(mark);
    this.layer(mark.item.type).add(range);
    for (const note of notesOf(mark)) this.layer(note).add(range);
  }

  private hide(mark: Mark): void {
    const range = this.ranges.get(mark);
    if (!range || !this.shown.delete(mark)) return;
    for (const name of ['figure', 'reference', 'backref', 'warning'] as const) this.layer(name).delete(range);
  }

  private elementOf(mark: Mark): Element | null {
    return mark.pieces[0]?.node.parentElement ?? null;
  }

  private nearChanged(element: Element, near: boolean): void {
    for (const mark of this.byElement.get(element) ?? []) {
      if (near) this.show(mark);
      else this.hide(mark);
    }
  }

  /**
   * From now on only marks near the viewport are registered; IntersectionObserver says which. The
   * elements are handed to it a slice at a time (in document order, so the top of the page first):
   * observing ten thousand paragraphs at once is a long task of its own.
   */
  private virtualize(): void {
    const viewport = viewportNearView(this.doc)?.((element, near) => this.nearChanged(element, near));
    this.viewport = viewport;
    if (!viewport) return;
    const elements = [...this.byElement.keys()];
    let at = 0;
    const observeSome = () => {
      if (this.viewport !== viewport) return;
      const end = performance.now() + SLICE_MS;
      for (; at < elements.length && performance.now() < end;) {
        for (const stop = Math.min(elements.length, at + OBSERVE_BATCH); at < stop; at++) {
          const element = elements[at] as Element;
          if (this.byElement.has(element)) viewport.observe(element);
        }
      }
      if (at < elements.length) void yieldToPage().then(observeSome);
    };
    observeSome();
  }

  paint(marks: readonly Mark[]): void {
    // Styles go in with the first marks: a new sheet restyles the page, which must not happen
    // while the reader is still asking what is visible.
    if (marks.length > 0) this.removeStyles ??= isStyled(this.doc) ? () => undefined : installStyles(this.doc, highlightCss());
    for (const mark of marks) {
      this.ranges.set(mark, this.staticRange(mark));
      this.index.add(mark);
      const element = this.elementOf(mark);
      if (element) {
        const set = this.byElement.get(element);
        if (set) set.add(mark);
        else {
          this.byElement.set(element, new Set([mark]));
          this.viewport?.observe(element);
        }
      }
      if (!this.viewport) this.waiting.add(mark);
    }
  }

  settle(): void {
    // Decided once the pass's marks are all known: a big page never registers thousands of ranges
    // only to hide them again a frame later.
    if (!this.viewport && this.ranges.size > VIRTUAL_FROM) this.virtualize();
    if (!this.viewport) for (const mark of this.waiting) this.show(mark);
    this.waiting.clear();
  }

  erase(marks: readonly Mark[]): void {
    for (const mark of marks) {
      if (!this.ranges.has(mark)) continue;
      this.hide(mark);
      this.waiting.delete(mark);
      this.ranges.delete(mark);
      this.index.remove(mark);
      const element = this.elementOf(mark);
      const set = element ? this.byElement.get(element) : undefined;
      if (element && set) {
        set.delete(mark);
        if (set.size === 0) {
          this.byElement.delete(element);
          this.viewport?.unobserve(element);
        }
      }
      if (this.focused?.mark === mark) this.focus(undefined);
    }
  }

  renote(mark: Mark): void {
    const range = this.ranges.get(mark);
    if (!range || !this.shown.has(mark)) return;
    this.layer('warning').delete(range);
    for (const note of notesOf(mark)) this.layer(note).add(range);
  }

  focus(mark: Placed | undefined): void {
    if (this.focused) this.layer('focus').delete(this.focused.range);
    this.focused = undefined;
    if (!mark) return;
    const range = this.ranges.get(mark as Mark) ?? this.staticRange(mark);
    this.layer('focus').add(range);
    this.focused = { mark, range };
  }

  markAt(node: Node, offset: number): Mark | undefined {
    return this.index.at(node, offset);
  }

  rangeOf(mark: Placed): Range {
    return liveRange(this.doc, mark);
  }

  dispose(): void {
    this.viewport?.disconnect();
    this.viewport = undefined;
    for (const name of Object.keys(HIGHLIGHT) as HighlightName[]) {
      if (this.world.registry.get(HIGHLIGHT[name]) === this.layers.get(name)) this.world.registry.delete(HIGHLIGHT[name]);
    }
    this.layers.clear();
    this.ranges.clear();
    this.shown.clear();
    this.waiting.clear();
    this.byElement.clear();
    this.removeStyles?.();
  }
}

/** `<mark>` wrappers: changes the DOM, so only where the Highlight API is missing. */
class WrapPainter implements Painter {
  readonly mode = 'wrap';
  private index = new NodeIndex();
  private wrappers = new Map<Mark, HTMLElement[]>();
  private focused: Mark | undefined;
  private removeStyles: () => void;

  constructor(private doc: Document) {
    this.removeStyles = installStyles(doc, wrapperCss());
  }

  paint(marks: readonly Mark[]): void {
    // Wrap from the end of each node backwards: splitting a text node keeps the earlier part in
    // the same node at the same offsets, so pieces not yet wrapped stay valid.
    const jobs = marks.flatMap((mark) => mark.pieces.map((piece, i) => ({ mark, piece, i })));
    const order = new Map<Text, number>();
    jobs.forEach(({ piece }, i) => order.has(piece.node) || order.set(piece.node, i));
    jobs.sort((a, b) => (order.get(a.piece.node) as number) - (order.get(b.piece.node) as number) || b.piece.from - a.piece.from);
    const wrapped = new Map<Mark, { i: number; node: Text; element: HTMLElement }[]>();
    for (const { mark, piece, i } of jobs) {
      const { node, from, to } = piece;
      if (!node.parentNode || to > node.length || from >= to) continue;
      if (to < node.length) node.splitText(to);
      const middle = from > 0 ? node.splitText(from) : node;
      const element = this.doc.createElement('mark');
      element.setAttribute('data-soi-mark', mark.item.type);
      middle.parentNode?.insertBefore(element, middle);
      element.append(middle);
      const list = wrapped.get(mark) ?? [];
      list.push({ i, node: middle, element });
      wrapped.set(mark, list);
    }
    for (const [mark, list] of wrapped) {
      list.sort((a, b) => a.i - b.i);
      mark.pieces = list.map(({ node }) => ({ node, from: 0, to: node.length }));
      this.wrappers.set(
        mark,
        list.map(({ element }) => element),
      );
      this.renote(mark);
      this.index.add(mark);
    }
  }

  /** Wrappers show as soon as they are in the page. */
  settle(): void {}

  erase(marks: readonly Mark[]): void {
    for (const mark of marks) {
      for (const element of this.wrappers.get(mark) ?? []) element.replaceWith(...element.childNodes);
      this.wrappers.delete(mark);
      this.index.remove(mark);
      if (this.focused === mark) this.focused = undefined;
    }
  }

  renote(mark: Mark): void {
    for (const element of this.wrappers.get(mark) ?? []) {
      if (notesOf(mark).includes('warning')) element.setAttribute('data-soi-check', 'warning');
      else element.removeAttribute('data-soi-check');
    }
  }

  /** A spot that is not a mark cannot be shown without wrapping it: it is scrolled to only. */
  focus(target: Placed | undefined): void {
    for (const element of this.wrappers.get(this.focused as Mark) ?? []) element.removeAttribute('data-soi-focus');
    const mark = target && this.wrappers.has(target as Mark) ? (target as Mark) : undefined;
    this.focused = mark;
    for (const element of this.wrappers.get(mark as Mark) ?? []) element.setAttribute('data-soi-focus', '');
  }

  markAt(node: Node, offset: number): Mark | undefined {
    return this.index.at(node, offset);
  }

  rangeOf(mark: Placed): Range {
    return liveRange(this.doc, mark);
  }

  dispose(): void {
    this.erase([...this.wrappers.keys()]);
    this.removeStyles();
  }
}

/**
 * The Highlight API painter where the browser has it, else `<mark>` wrappers. With `nearView`, only
 * marks near the view it reports are registered, however few the marks.
 */
export function createPainter(doc: Document, prefer: 'highlight' | 'wrap' = 'highlight', nearView?: WatchNearView): Painter {
  const world = prefer === 'highlight' ? highlightWorld(doc) : undefined;
  return world ? new HighlightPainter(doc, world, nearView) : new WrapPainter(doc);
}
