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

export interface PageFile {
  text: string;
  title?: string;
  /** `<meta>` values by name or property, and `canonical`, for page metadata. */
  meta: Record<string, string>;
}

export async function readPageFile(path: string): Promise<PageFile> {
  // A PDF is read by the viewer's own text code, so offsets match what the viewer marks.
  if (extname(path).toLowerCase() === '.pdf') {
    const pdf = await readPdfFile(path);
    return { text: pdf.text, title: pdf.title, meta: {} };
  }
  const content = await readFile(path, 'utf8');
  if (extname(path).toLowerCase() !== '.html' && extname(path).toLowerCase() !== '.htm') return { text: content, meta: {} };
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  try {
    const document = window.document;
    document.write(content);
    const meta: Record<string, string> = {};
    for (const element of document.querySelectorAll('meta[content]')) {
      const key = element.getAttribute('name') ?? element.getAttribute('property');
      const value = element.getAttribute('content');
      if (key && value) meta[key] = value;
    }
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (canonical) meta.canonical = canonical;
    const { text } = readPageText((document.body ?? document.documentElement) as unknown as Node);
    return { text, title: document.title || undefined, meta };
  } finally {
    await window.happyDOM.close();
  }
}
