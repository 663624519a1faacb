/**
 * Paragraphs are the unit of extraction: figures and references never span a blank line, so a page's
 * items are the union of its paragraphs' items, and a huge page is handled a paragraph at a time.
 */
export interface Paragraph {
  start: number;
  end: number;
}

/** Stretches of `text` between blank lines (a line break, optional spaces, a line break). */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  // One or more blank lines; the run is consumed whole so no paragraph starts with a line break.
  const blank = /\n(?:[ \t\r\f\u00a0]*\n)+/g;
  let start = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
