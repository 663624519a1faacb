/**
 * The viewer's pages: canvas strips per page, drawn when the page comes near the viewport and dropped
 * when it is far, and a PDF.js text layer per page built once for every page and kept, so the reader
 * reads and marks the whole document (as the command line does) and a zoom only rescales the layers
 * (their text nodes, and the marks on them, stay). Page navigation and zoom live here.
 */
import { TextLayer, type PageViewport, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { sliceDeadline, yieldToPage } from '@/utils/annotation/slices';

/** CSS pixels per PDF unit at 100%. */
const CSS_UNITS = 96 / 72;
const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];
/**
 * Pixels of one canvas strip (512 kB): a page at fit width on an ordinary screen is about seventeen
 * strips, on a high-density screen four times as many. Handing a strip to the compositor costs the
 * frame in proportion to its pixels (~10 ms for 1 MB on a loaded machine).
 */
const STRIP_PIXELS = 1 << 17;
/** Text items a text layer is given at a time: a dense page is built over several tasks. */
const ITEMS_PER_CHUNK = 16;

/**
 * Text-layer nodes a page near the view takes per frame: each costs the frame its style and layout,
 * seven styles a span. 128 cost a frame 16 ms of style and layout on a loaded machine.
 */
const NODES_PER_FRAME = 48;

/**
 * Resolves in a task after the next frame: what was drawn before is committed by then. A hidden tab
 * (a PDF opened in the background) draws no frames, and its timers are slowed: the work goes on
 * without waiting for one.
 */
function nextFrame(): Promise<void> {
  if (document.visibilityState === 'hidden') return yieldToPage();
  return new Promise((resolve) => {
    const next = () => {
      document.removeEventListener('visibilitychange', next);
      cancelAnimationFrame(frame);
      if (document.visibilityState === 'hidden') void yieldToPage().then(resolve);
      else setTimeout(resolve, 0);
    };
    const frame = requestAnimationFrame(next);
    document.addEventListener('visibilitychange', next);
  });
}

/**
 * How long the build may go without a frame. Chromium runs `scheduler.yield()` continuations before
 * a frame for up to ~100 ms, and the frame after must then style and lay out all that was built
 * meanwhile: one long task. A frame every few slices keeps each frame's share small.
 */
const FRAME_EVERY_MS = 16;

/** Passes the main thread back once the current time slice is used up, and lets a frame through now and then; shared by every page built. */
function slicer(): () => Promise<void> {
  let used = sliceDeadline();
  let framed = performance.now();
  return async () => {
    if (!used()) return;
    if (performance.now() - framed < FRAME_EVERY_MS) await yieldToPage();
    else {
      await nextFrame();
      framed = performance.now();
    }
    used = sliceDeadline();
  };
}

/**
 * A page's text content as a stream of small chunks, each pulled when the slice allows: PDF.js builds
 * a text layer's spans chunk by chunk, in the same order, so item k is still span k.
 */
function inChunks(content: TextContent, breathe: () => Promise<void>): ReadableStream<TextContent> {
  let next = 0;
  return new ReadableStream({
    async pull(controller) {
      await breathe();
      controller.enqueue({ ...content, items: content.items.slice(next, next + ITEMS_PER_CHUNK) });
      next += ITEMS_PER_CHUNK;
      if (next >= content.items.length) controller.close();
    },
  });
}

interface PageView {
  number: number;
  page: PDFPageProxy;
  div: HTMLDivElement;
  /** The page's canvas strips, top to bottom. */
  strips: HTMLCanvasElement[];
  drawnAt?: number;
  drawing?: Promise<void>;
  textLayer: TextLayer;
  textDiv: HTMLDivElement;
}

export interface Viewer {
  /** The element holding every page: the reader's root. */
  root: HTMLElement;
  pageCount: number;
  /** The span of each text item, by page (1-based) and item index. */
  textDivs(page: number): HTMLElement[];
  /** The page a node of the viewer lies in. */
  pageOfNode(node: Node): number | undefined;
  goTo(page: number): void;
  currentPage(): number;
  setZoom(zoom: number | 'page-width'): void;
  zoomBy(steps: 1 | -1): void;
  scale(): number;
  onPageChange(listener: (page: number) => void): void;
  /** Whether a page is near the view: on screen, or within about a page of it (two screens above and below). */
  isNear(page: number): boolean;
  /** Tells `listener` whenever a page comes near the view or leaves it, until the returned function is called. */
  onNearChange(listener: (page: number, near: boolean) => void): () => void;
  /** Builds a page's text layer anew from other text (OCR of a scanned page). */
  setPageText(page: number, content: TextContent): Promise<void>;
}

/**
 * Builds the pages for `doc`, with the text contents already read (`contents[k]` for page k+1: the
 * same items the text pipeline read, so its item indexes are the text layer's span indexes).
 */
export async function buildViewer(container: HTMLElement, root: HTMLElement, doc: PDFDocumentProxy, contents: readonly TextContent[]): Promise<Viewer> {
  const views: PageView[] = [];
  let scale = 1;
  let zoom: number | 'page-width' = 'page-width';
  const listeners: ((page: number) => void)[] = [];

  const viewportOf = (view: PageView): PageViewport => view.page.getViewport({ scale: scale * CSS_UNITS });
  const fitWidth = (page: PDFPageProxy) => {
    const width = page.getViewport({ scale: CSS_UNITS }).width;
    return Math.max(0.25, Math.min(4, (container.clientWidth - 40) / width));
  };

  const visible = new Set<PageView>();
  const placed = Promise.withResolvers<void>();
  const observer = new IntersectionObserver(
    (entries) => {
      placed.resolve();
      for (const entry of entries) {
        const view = views[Number((entry.target as HTMLElement).dataset.pageNumber) - 1];
        if (!view) continue;
        if (entry.isIntersecting) {
          visible.add(view);
          void draw(view);
        } else {
          visible.delete(view);
          forget(view);
        }
      }
      const page = currentPage();
      for (const listener of listeners) listener(page);
    },
    { root: container, rootMargin: '100% 0px' },
  );

  // Near pages get their marks painted (entrypoints/pdf/near-view.ts): a margin wider than the
  // canvases', so marks are in place before the reader scrolls to them.
  const near = new Set<number>();
  const nearListeners = new Set<(page: number, near: boolean) => void>();
  const nearObserver = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const page = Number((entry.target as HTMLElement).dataset.pageNumber);
        if (entry.isIntersecting === near.has(page)) continue;
        if (entry.isIntersecting) near.add(page);
        else near.delete(page);
        for (const listener of nearListeners) listener(page, entry.isIntersecting);
      }
    },
    { root: container, rootMargin: '200% 0px' },
  );

  // Pages are drawn one after another, a strip at a time (STRIP_PIXELS), each strip in a task and a
  // frame of its own: copying a finished frame onto a canvas and handing the canvas to the
  // compositor cost in proportion to its pixels, so a whole page at once was one long task.
  let queue: Promise<void> = Promise.resolve();
  function draw(view: PageView): Promise<void> {
    if (view.drawnAt === scale || view.drawing) return view.drawing ?? Promise.resolve();
    view.drawing = queue = queue
      .then(async () => {
        const at = scale;
        const viewport = viewportOf(view);
        const ratio = window.devicePixelRatio || 1;
        const width = Math.floor(viewport.width * ratio);
        const height = Math.floor(viewport.height * ratio);
        const stripHeight = Math.max(1, Math.floor(STRIP_PIXELS / width));
        const wrapper = view.div.querySelector('.canvasWrapper')!;
        const strips: HTMLCanvasElement[] = [];
        for (let top = 0; top < height; top += stripHeight) {
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = Math.min(stripHeight, height - top);
          canvas.setAttribute('role', 'presentation');
          canvas.style.top = `${(100 * top) / height}%`;
          canvas.style.height = `${(100 * canvas.height) / height}%`;
          strips.push(canvas);
        }
        // The page's DOM changes once per drawing: any change to the document makes the browser
        // rebuild every highlight marker and repaint the marked text at the next frame. A page
        // drawn for the first time gets its empty strips at once and shows them as they are drawn;
        // one drawn again (a zoom) keeps its old picture, scaled, until the new one is whole.
        const first = view.strips.length === 0;
        if (first) {
          wrapper.append(...strips);
          view.strips = strips;
        }
        for (const [k, canvas] of strips.entries()) {
          await nextFrame();
          // Scrolled past or zoomed while waiting its turn: drawn again when it comes back.
          if (!visible.has(view) || scale !== at) {
            if (!first) for (const strip of strips) strip.width = strip.height = 0;
            return;
          }
          // PDF.js draws on a canvas of its own, off the page; the strip only takes the finished
          // picture (`bitmaprenderer`, no copy). A 2D canvas on the page was handed to the
          // compositor again at every frame, every strip of the page each time.
          const target = new OffscreenCanvas(canvas.width, canvas.height);
          const transform = [ratio, 0, 0, ratio, 0, -k * stripHeight];
          await view.page.render({ canvas: target as unknown as HTMLCanvasElement, viewport, transform }).promise;
          canvas.getContext('bitmaprenderer')!.transferFromImageBitmap(target.transferToImageBitmap());
        }
        if (!first) {
          for (const old of view.strips) old.width = old.height = 0;
          wrapper.replaceChildren(...strips);
          view.strips = strips;
        }
        view.drawnAt = at;
      })
      .catch(() => undefined)
      .finally(() => {
        view.drawing = undefined;
        if (view.drawnAt !== scale && visible.has(view)) void draw(view);
      });
    return view.drawing;
  }

  function forgetCanvas(canvas: HTMLCanvasElement): void {
    canvas.width = 0;
    canvas.height = 0;
    canvas.remove();
  }

  function forget(view: PageView): void {
    // A far page gives its canvases' memory back; its text layer stays for the reader.
    for (const canvas of view.strips) forgetCanvas(canvas);
    view.strips = [];
    view.drawnAt = undefined;
  }

  /**
   * Puts a page's finished text layer in its place. A page far from the view takes it at once: its
   * content is skipped (`content-visibility: auto`). A page near it is styled and laid out at the
   * next frame, each span seven times over (itself, `::selection` and each mark's `::highlight`), so
   * its layer comes a few dozen nodes a frame.
   */
  async function attach(view: PageView, textDiv: HTMLDivElement): Promise<void> {
    if (view.textDiv !== textDiv) view.textDiv.replaceWith(textDiv);
    else view.div.append(textDiv);
    view.textDiv = textDiv;
    if (!near.has(view.number)) return;
    await moveInSteps(textDiv);
  }

  /**
   * Takes `into`'s nodes out and puts them back NODES_PER_FRAME at a time, a frame between. A tagged
   * PDF's text sits in a few `markedContent` spans of hundreds of nodes each: one that is too big
   * goes in as an empty shell first, and its own nodes follow the same way, so the order stays.
   */
  async function moveInSteps(into: HTMLElement): Promise<void> {
    const taken = document.createDocumentFragment();
    taken.append(...into.childNodes);
    const pending: { into: Node; from: DocumentFragment }[] = [{ into, from: taken }];
    while (pending.length) {
      await nextFrame();
      let moved = 0;
      while (pending.length && moved < NODES_PER_FRAME) {
        const top = pending[0]!;
        const node = top.from.firstChild;
        if (!node) {
          pending.shift();
          continue;
        }
        const size = node instanceof Element ? 1 + node.getElementsByTagName('*').length : 1;
        if (size > NODES_PER_FRAME && node.firstChild) {
          const inside = document.createDocumentFragment();
          inside.append(...node.childNodes);
          pending.unshift({ into: node, from: inside });
          moved += 1;
        } else moved += size;
        top.into.appendChild(node);
      }
    }
  }

  function applyScale(): void {
    pageEnds = undefined;
    root.style.setProperty('--scale-factor', String(scale * CSS_UNITS));
    for (const view of views) {
      const viewport = viewportOf(view);
      view.div.style.width = `${Math.floor(viewport.width)}px`;
      view.div.style.height = `${Math.floor(viewport.height)}px`;
      view.textLayer.update({ viewport });
    }
    for (const view of visible) void draw(view);
  }

  // Where each page ends, read from the layout once and again only after a zoom: the page
  // observer and the toolbar ask often, and reading offsets while text layers are being built would
  // lay the document out again each time.
  let pageEnds: number[] | undefined;
  function currentPage(): number {
    pageEnds ??= views.map((view) => view.div.offsetTop + view.div.offsetHeight);
    const middle = container.scrollTop + container.clientHeight / 3;
    const index = pageEnds.findIndex((end) => end > middle);
    return index < 0 ? views.length : index + 1;
  }

  // Pages are laid out at their size first, so the document scrolls at once; text layers follow.
  // Both are built a time slice at a time (the pages are already loaded, so nothing else would yield).
  const breathe = slicer();
  for (let n = 1; n <= doc.numPages; n++) {
    await breathe();
    const page = await doc.getPage(n);
    if (n === 1) scale = fitWidth(page);
    const div = document.createElement('div');
    div.className = 'page';
    div.dataset.pageNumber = String(n);
    div.setAttribute('role', 'region');
    div.setAttribute('aria-label', `${n}`);
    const wrapper = document.createElement('div');
    wrapper.className = 'canvasWrapper';
    const textDiv = document.createElement('div');
    textDiv.className = 'textLayer';
    // The text layer is built apart from the document and joins its page when done: PDF.js sets a
    // canvas font to measure each line, and with new spans in the document every font change made
    // the browser restyle them there and then, a hundred times a page.
    div.append(wrapper);
    const viewport = page.getViewport({ scale: scale * CSS_UNITS });
    div.style.width = `${Math.floor(viewport.width)}px`;
    div.style.height = `${Math.floor(viewport.height)}px`;
    root.append(div);
    const content = contents[n - 1] ?? { items: [], styles: {}, lang: null };
    const textLayer = new TextLayer({ textContentSource: inChunks(content, breathe), container: textDiv, viewport });
    views.push({ number: n, page, div, strips: [], textLayer, textDiv });
  }
  root.style.setProperty('--scale-factor', String(scale * CSS_UNITS));
  for (const view of views) {
    observer.observe(view.div);
    nearObserver.observe(view.div);
  }
  // Text layers wait until the browser has placed the pages and knows which are off screen, and so
  // skipped: a layer joining a page before that was styled and laid out with the pages in view.
  if (document.visibilityState === 'hidden') placed.resolve();
  else document.addEventListener('visibilitychange', () => placed.resolve(), { once: true });
  await placed.promise;
  await nextFrame();
  for (const view of views) {
    await view.textLayer.render();
    await attach(view, view.textDiv);
  }

  const viewer: Viewer = {
    root,
    pageCount: doc.numPages,
    textDivs: (page) => (views[page - 1]?.textLayer.textDivs ?? []) as HTMLElement[],
    pageOfNode(node) {
      const element = node instanceof Element ? node : node.parentElement;
      const page = element?.closest<HTMLElement>('.page')?.dataset.pageNumber;
      return page ? Number(page) : undefined;
    },
    goTo(page) {
      const view = views[Math.min(Math.max(1, page), views.length) - 1];
      if (view) container.scrollTop = view.div.offsetTop - 8;
    },
    currentPage,
    setZoom(next) {
      zoom = next;
      scale = next === 'page-width' ? fitWidth(views[0]!.page) : next;
      const page = currentPage();
      applyScale();
      viewer.goTo(page);
    },
    zoomBy(steps) {
      const next = steps > 0 ? ZOOM_STEPS.find((z) => z > scale + 0.01) : [...ZOOM_STEPS].reverse().find((z) => z < scale - 0.01);
      if (next) viewer.setZoom(next);
    },
    scale: () => (zoom === 'page-width' ? scale : zoom),
    onPageChange: (listener) => listeners.push(listener),
    isNear: (page) => near.has(page),
    onNearChange(listener) {
      nearListeners.add(listener);
      return () => nearListeners.delete(listener);
    },
    async setPageText(page, content) {
      const view = views[page - 1];
      if (!view) return;
      view.textLayer.cancel();
      const textDiv = document.createElement('div');
      textDiv.className = 'textLayer';
      view.textLayer = new TextLayer({ textContentSource: inChunks(content, slicer()), container: textDiv, viewport: viewportOf(view) });
      await view.textLayer.render();
      await attach(view, textDiv);
    },
  };
  return viewer;
}
