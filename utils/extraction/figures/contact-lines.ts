import negatives from '../data/negatives.json';

/**
 * Stretches of a line that hold contact details or a visitor counter, from a label followed by a
 * colon to the end of the line: `Địa chỉ: Số 154 …`, `Điện thoại: 02283.849781`, `Hôm nay: 1`.
 * Nothing in them is an indicator.
 */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...negatives.contactLabels].sort((a, b) => b.length - a.length).map(escape).join('|')})[ \\t]{0,3}:`,
  'giu',
);

export function contactStretches(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const slice = text.slice(from, to);
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(slice); m; m = LABEL.exec(slice)) {
    const lineEnd = slice.indexOf('\n', m.index);
    const end = lineEnd < 0 ? slice.length : lineEnd;
    out.push({ start: from + m.index, end: from + end });
    LABEL.lastIndex = Math.max(end, m.index + m[0].length);
  }
  return out;
}
