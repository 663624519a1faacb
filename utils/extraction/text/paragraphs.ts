/**
 * Paragraphs are the unit of extraction: figures and references never span a blank line, so a page's
 * items are the union of its paragraphs' items, and a huge page is handled a paragraph at a time.
 */
export interface Paragraph {
  start: number;
  end: number;
}

/** Space a blank line may hold between its line breaks. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 12 || code === 0xa0;
}

/**
 * Stretches of `text` between blank lines (a line break, optional spaces, a line break). A run of
 * blank lines is consumed whole, so no paragraph starts with a line break. Read with a loop rather
 * than a pattern: a pattern's backtracking overflows the stack on millions of line breaks.
 */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (let br = text.indexOf('\n'); br >= 0;) {
    let lastBreak = -1;
    let j = br + 1;
    for (; j < text.length; j++) {
      const code = text.charCodeAt(j);
      if (code === 10) lastBreak = j;
      else if (!isBlank(code)) break;
    }
    if (lastBreak < 0) {
      br = text.indexOf('\n', j);
      continue;
    }
    if (br > start) out.push({ start, end: br });
    start = lastBreak + 1;
    br = text.indexOf('\n', start);
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
