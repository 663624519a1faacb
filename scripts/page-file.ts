/**
 * Reads a page file for the command-line tools: a `.txt` file is the page text as it stands; an
 * `.html` file is parsed in happy-dom and read with `readPageText`, the same reader the content
 * script uses, so offsets and sentences match what the extension sees in a browser; a `.pdf` file is
 * read by `utils/pdf`, the text code of Soi's PDF viewer.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { readPageText } from '../utils/annotation/page-text';
import { readPdfFile } from '../utils/pdf/node';
import type { PageTable } from '../utils/attribution/types';

export interface PageFile {
  text: string;
  title?: string;
  /** `<meta>` values by name or property, and `canonical`, for page metadata. */
  meta: Record<string, string>;
  /** The page's `<table>`s as grids of cells (offsets into `text`); none for a `.txt` file. */
  tables: PageTable[];
}

export async function readPageFile(path: string): Promise<PageFile> {
  // A PDF is read by the viewer's own text code, so offsets match what the viewer marks.
  if (extname(path).toLowerCase() === '.pdf') {
    const pdf = await readPdfFile(path);
    return { text: pdf.text, title: pdf.title, meta: {}, tables: [] };
  }
  const content = await readFile(path, 'utf8');
  if (extname(path).toLowerCase() !== '.html' && extname(path).toLowerCase() !== '.htm') return { text: content, meta: {}, tables: [] };
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    const document = window.document;
    document.write(content);
    const meta: Record<string, string> = {};
    let canonical: string | null | undefined;
    for (const element of elementsOf(document as unknown as Node)) {
      if (element.tagName === 'META' && element.hasAttribute('content')) {
        const key = element.getAttribute('name') ?? element.getAttribute('property');
        const value = element.getAttribute('content');
        if (key && value) meta[key] = value;
      } else if (canonical === undefined && element.tagName === 'LINK' && element.getAttribute('rel') === 'canonical') {
        canonical = element.getAttribute('href');
      }
    }
    if (canonical) meta.canonical = canonical;
    const { text, tables = [] } = readPageText((document.body ?? document.documentElement) as unknown as Node);
    return { text, title: document.title || undefined, meta, tables };
  } finally {
    cutDeepTrees(window.document as unknown as Node);
    await window.happyDOM.close();
  }
}

/**
 * Elements under `root` in document order, walked with an explicit stack: happy-dom's selectors
 * recurse once per level and overflow the call stack on pages nested a few thousand deep.
 */
function* elementsOf(root: Node): Generator<Element> {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 1) yield node as Element;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
}

/** Depth at which a deep page is cut into pieces before happy-dom tears it down, which it also does by recursion. */
const PIECE_DEPTH = 500;

/**
 * Detaches every node that stands a multiple of PIECE_DEPTH levels deep, deepest first, so no piece
 * (nor the part left in the document) is deeper than that. Ordinary pages are never that deep and
 * are left as they are.
 */
function cutDeepTrees(root: Node): void {
  const cuts: Node[] = [];
  const stack: Array<{ node: Node; depth: number }> = [{ node: root, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.depth > 0 && entry.depth % PIECE_DEPTH === 0) cuts.push(entry.node);
    for (let child = entry.node.lastChild; child; child = child.previousSibling) stack.push({ node: child, depth: entry.depth + 1 });
  }
  for (let k = cuts.length - 1; k >= 0; k--) cuts[k]!.parentNode?.removeChild(cuts[k]!);
}
