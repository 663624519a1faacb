/**
 * The reader's text host over the viewer's text layer: the document's text as the PDF pipeline
 * reads it (the command line's text, character for character), with runs on the text-layer spans.
 * Text layers are built for every page and survive zoom, so the host never reports a change.
 */
import type { HostFacts, PageText, TextHost, TextRun } from '@/utils/annotation/text-host';
import { pageAt } from '@/utils/pdf/document-text';
import type { PdfDocumentText } from '@/utils/pdf/read-document';
import type { Viewer } from './viewer';

export interface PdfFile {
  url: string;
  text: PdfDocumentText;
  fileName: string;
}

/** The page text with runs on the spans PDF.js made for each item. */
export function layerText(file: PdfDocumentText, viewer: Pick<Viewer, 'textDivs'>): PageText {
  const runs: TextRun[] = [];
  const divs = new Map<number, HTMLElement[]>();
  for (const piece of file.pieces) {
    if (!divs.has(piece.page)) divs.set(piece.page, viewer.textDivs(piece.page));
    const node = divs.get(piece.page)![piece.item]?.firstChild;
    if (!(node instanceof Text)) continue;
    const identity = piece.source.every((raw, k) => raw === k);
    runs.push({ node, start: piece.start, end: piece.end, ...(identity ? {} : { sourceIndex: Uint32Array.from(piece.source) }) });
  }
  return { text: file.text, runs };
}

export function pdfHost(file: PdfFile, viewer: Viewer): TextHost {
  let page: PageText | undefined;
  const site = (() => {
    try {
      return new URL(file.url).hostname;
    } catch {
      return '';
    }
  })();
  const facts: HostFacts = {
    url: file.url,
    title: file.text.title ?? file.fileName,
    site,
    tags: {},
    pdf: { fingerprint: file.text.fingerprint, pageAt: (offset) => pageAt(file.text, offset) },
  };
  return {
    doc: document,
    root: () => viewer.root,
    canRead: (node) => node.isConnected && viewer.root.contains(node),
    read: async () => (page ??= layerText(file.text, viewer)),
    watch: () => ({ forgetOwnChanges: () => undefined }),
    facts: () => facts,
    cardParent: () => document.documentElement,
  };
}
