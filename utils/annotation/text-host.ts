/**
 * What the reader reads: one interface over a web page and over the text layer of Soi's PDF
 * viewer, so marks, cards, keyboard, reveal and clipping are written once (hypothesis/client keeps
 * an HTML and a PDF integration behind one guest in the same way). A host is small on purpose:
 * it knows how its text is laid out in the DOM and when that changes; everything else is the reader's.
 *
 * Offsets and DOM. `read` returns a `PageText`: the host's text as one string plus the text-node
 * runs it came from. Offsets map to text-node pieces with `domPiecesOf` (painted and turned into
 * ranges by the painter) and DOM points back to offsets with `offsetOf`, re-exported here. A host
 * may leave characters out of the runs (a PDF's running header) or put characters in the text that
 * no run covers (the space joining two PDF lines); nothing is marked across such a gap's edges.
 *
 * A host is read with `startReader(host, { analysis, loadCard })` (reader.ts); Soi's own pages
 * start the analysis worker from its URL: `workerAnalysis(url, loadInPage, { sameOrigin: true })`.
 */
import type { PageFacts } from './clip-draft';
import type { PageText } from './page-text';
import type { WatchNearView } from './painter';

export { domPiecesOf, offsetOf, type DomPiece, type PageText, type TextRun } from './page-text';

/** The page's own facts: for clips (address, title, site, date) and for attribution (`tags`: `<meta>` values by name). */
export interface HostFacts extends PageFacts {
  tags: Record<string, string>;
}

export interface HostListener {
  /**
   * The text under these nodes changed and is read again there: a web page's mutated blocks; a PDF
   * page whose text layer was rendered, or rendered again after a zoom (marks on the old layer's
   * text nodes are dropped when their nodes leave the document).
   */
  changed(roots: Node[]): void;
  /** The host now shows another document (a single-page app's new article): everything is read again. */
  navigated(): void;
}

export interface TextHost {
  /** The document the text is in: marks are painted, keys and the pointer watched, ranges made here. */
  readonly doc: Document;
  /** The node a whole read starts from (a page's body, the viewer's pages). */
  root(): Node;
  /** Whether a changed node is something the host reads at all (connected, visible, not Soi's own UI). */
  canRead(node: Node): boolean;
  /** The visible text under `node` (the root or a changed part), read a slice at a time. */
  read(node: Node, signal?: AbortSignal): Promise<PageText>;
  /**
   * Tells `listener` about changes until `signal` aborts. `forgetOwnChanges` is called right after
   * Soi itself changed the DOM (the `<mark>` fallback), so that is not taken for a change.
   */
  watch(listener: HostListener, signal: AbortSignal): { forgetOwnChanges(): void };
  /** The page's facts, read when asked (a single-page app changes them). */
  facts(): HostFacts;
  /** The element Soi's card is appended to. */
  cardParent(): Element;
  /**
   * Which marked elements are near the reader's view (the PDF viewer's pages near the one shown):
   * only their marks are registered for painting. Without it, all are, up to a page of thousands.
   */
  readonly nearView?: WatchNearView;
}
