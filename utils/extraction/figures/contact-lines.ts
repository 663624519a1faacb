import negatives from '../data/negatives.json';

/**
 * Stretches of a line that hold contact details or a visitor counter, from a label followed by a
 * colon to the end of the line: `Địa chỉ: Số 154 …`, `Điện thoại: 02283.849781`, `Hôm nay: 1`.
 * Nothing in them is an indicator. Only colons are looked at, and from each at most a few words
 * back, so the cost stays linear whatever the page holds.
 */
const LABELS = new Set(negatives.contactLabels.map((label) => label.normalize('NFC').toLowerCase()));
const MAX_WORDS = Math.max(...negatives.contactLabels.map((label) => label.split(/\s+/).length));
const LETTER = /[\p{L}\p{M}-]/u;

/** The contact label that ends right before `colon`, as its start offset, or -1. */
function labelStart(text: string, from: number, colon: number): number {
  let i = colon;
  let spaces = 0;
  while (i > from && (text[i - 1] === ' ' || text[i - 1] === '\t') && spaces < 3) {
    i--;
    spaces++;
  }
  const end = i;
  let found = -1;
  for (let words = 0; words < MAX_WORDS; words++) {
    const wordEnd = i;
    while (i > from && wordEnd - i < 20 && LETTER.test(text[i - 1]!)) i--;
    if (i === wordEnd) break;
    if (LABELS.has(text.slice(i, end).normalize('NFC').toLowerCase())) found = i;
    if (i > from && LETTER.test(text[i - 1]!)) break;
    if (i - 1 <= from || text[i - 1] !== ' ') break;
    i--;
  }
  return found >= 0 && (found === from || !/[\p{L}\p{N}]/u.test(text[found - 1]!)) ? found : -1;
}

export function contactStretches(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // Searched within the paragraph: on the page, each search would run on to the page's next colon.
  const paragraph = text.slice(from, to);
  let colon = paragraph.indexOf(':');
  while (colon >= 0) {
    const start = labelStart(text, from, from + colon);
    let next = colon + 1;
    if (start >= 0) {
      const lineEnd = paragraph.indexOf('\n', colon);
      const end = lineEnd < 0 ? to : from + lineEnd;
      out.push({ start, end });
      next = end - from;
    }
    colon = paragraph.indexOf(':', next);
  }
  return out;
}
