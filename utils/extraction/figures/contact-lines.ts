import negatives from '../data/negatives.json';

/**
 * Stretches of a line that hold contact details or a visitor counter. Contact details run from a
 * label followed by a colon to the end of the line: `Địa chỉ: Số 154 …`, `Điện thoại: 02283.849781`.
 * A counter is only its label and its number (`Hôm nay: 1`, `Lượt xem: 1.234`): a page flattened into
 * one line may go on after it with the whole article. Nothing in them is an indicator. Only colons
 * are looked at, and from each at most a few words back, so the cost stays linear whatever the page holds.
 */
const key = (label: string): string => label.normalize('NFC').toLowerCase();
const CONTACTS = new Set(negatives.contactLabels.map(key));
const COUNTERS = new Set(negatives.counterLabels.map(key));
const MAX_WORDS = Math.max(...[...negatives.contactLabels, ...negatives.counterLabels].map((label) => label.split(/\s+/).length));
/** A counter's number after its colon: `1.234`, `1,234,567`. */
const COUNT = /[ \t\u00a0]{0,3}\d{1,15}(?:[.,]\d{1,3}){0,5}/y;
const LETTER = /[\p{L}\p{M}-]/u;

/** The contact or counter label that ends right before `colon`: its start offset (or -1) and whether it counts. */
function labelStart(text: string, from: number, colon: number): { start: number; counter: boolean } {
  let i = colon;
  let spaces = 0;
  while (i > from && (text[i - 1] === ' ' || text[i - 1] === '\t') && spaces < 3) {
    i--;
    spaces++;
  }
  const end = i;
  let found = -1;
  let counter = false;
  for (let words = 0; words < MAX_WORDS; words++) {
    const wordEnd = i;
    while (i > from && wordEnd - i < 20 && LETTER.test(text[i - 1]!)) i--;
    if (i === wordEnd) break;
    const label = key(text.slice(i, end));
    if (CONTACTS.has(label) || COUNTERS.has(label)) {
      found = i;
      counter = COUNTERS.has(label);
    }
    if (i > from && LETTER.test(text[i - 1]!)) break;
    if (i - 1 <= from || text[i - 1] !== ' ') break;
    i--;
  }
  return { start: found >= 0 && (found === from || !/[\p{L}\p{N}]/u.test(text[found - 1]!)) ? found : -1, counter };
}

export function contactStretches(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // Searched within the paragraph: on the page, each search would run on to the page's next colon.
  const paragraph = text.slice(from, to);
  let colon = paragraph.indexOf(':');
  while (colon >= 0) {
    const { start, counter } = labelStart(text, from, from + colon);
    let next = colon + 1;
    if (start >= 0) {
      const end = counter ? counterEnd(text, from + colon + 1, to) : lineEnd(paragraph, from, colon, to);
      out.push({ start, end });
      next = Math.max(next, end - from);
    }
    colon = paragraph.indexOf(':', next);
  }
  return out;
}

function lineEnd(paragraph: string, from: number, colon: number, to: number): number {
  const br = paragraph.indexOf('\n', colon);
  return br < 0 ? to : from + br;
}

/** End of the number right after a counter's colon, or the colon itself when none follows. */
function counterEnd(text: string, afterColon: number, to: number): number {
  COUNT.lastIndex = afterColon;
  return COUNT.test(text) ? Math.min(COUNT.lastIndex, to) : afterColon;
}
