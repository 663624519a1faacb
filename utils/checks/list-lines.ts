/**
 * A total and its parts written as a list, one part a line — how reports set out a breakdown:
 *
 *     Tổng vốn đầu tư công năm 2024 của tỉnh là 6.845,2 tỷ đồng, chia ra:
 *     - Vốn ngân sách trung ương: 2.310,5 tỷ đồng;
 *     - Vốn ngân sách địa phương: 4.034,7 tỷ đồng;
 *
 * The lines are aligned by what they count, not by connecting words: every line gives exactly one
 * amount of the total's unit. The total is either the amount closing the line that opens the list
 * (`…, chia ra:`, `… gồm:`), or the one line whose label calls it a total (`- Tổng số hồ sơ: 3.846 hồ
 * sơ`) when the other lines each name another side of one dimension (on time / late, online / in
 * person). Anything less clear — a line with two such amounts, a nested `trong đó`, a line of another
 * unit — and the list is left alone.
 */
import { lines } from '../extraction/text/sentences';
import { spanIndexAt, type Span } from '../extraction/text/span';
import { LIST_ITEM } from './list-rows';
import { type Page, figure } from './page';
import { splitAlongOneDimension } from './sides';
import { isAmount, sameUnit } from './units';
import { WORDS, containsWord, norm, startsWithWord } from './words';

export interface ListedParts {
  total: number;
  parts: number[];
  /** The page names the whole composition (`gồm`, `chia ra`, or a split along one dimension). */
  complete: boolean;
}

/** How much may follow the total on the line that opens the list: `, chia ra:`, `, cụ thể như sau:`. */
const MAX_HEADER_TAIL = 40;

interface Row {
  line: Span;
  /** The amounts on the line. */
  amounts: number[];
  /** The line's words before its first amount, without the list marker. */
  label: string;
}

/** A line of the page and the figures standing on it, in reading order. */
interface LineFigures {
  line: Span;
  figures: number[];
}

function rowsOf(page: Page): LineFigures[] {
  const out: LineFigures[] = lines(page.text).map((line) => ({ line, figures: [] }));
  const spans = out.map((row) => row.line);
  for (const i of page.order) {
    const f = figure(page, i);
    const row = out[spanIndexAt(spans, f.start)];
    if (row && f.start < row.line.end) row.figures.push(i);
  }
  return out;
}

/** Every breakdown a page sets out as list lines under a total. */
export function listedParts(page: Page): ListedParts[] {
  const found: ListedParts[] = [];
  const all = rowsOf(page);
  for (let h = 0; h < all.length; h++) {
    const items: Row[] = [];
    for (let k = h + 1; k < all.length; k++) {
      const { line, figures } = all[k] as LineFigures;
      const text = page.text.slice(line.start, line.end);
      if (!LIST_ITEM.test(text)) break;
      const amounts = figures.filter((i) => isAmount(figure(page, i)));
      const first = amounts[0];
      const label = first === undefined ? '' : page.text.slice(line.start, figure(page, first).start).replace(LIST_ITEM, '');
      items.push({ line, amounts, label });
    }
    if (items.length < 2) continue;
    const header = all[h] as LineFigures;
    const list = underHeader(page, header, items) ?? totalRow(page, items);
    if (list) found.push(list);
    h += items.length;
  }
  return found;
}

/** `…là 6.845,2 tỷ đồng, chia ra:` then one part a line. */
function underHeader(page: Page, header: LineFigures, items: Row[]): ListedParts | undefined {
  const text = page.text.slice(header.line.start, header.line.end);
  const total = header.figures.at(-1);
  if (total === undefined || !text.trimEnd().endsWith(':') || !isAmount(figure(page, total))) return undefined;
  const tail = page.text.slice(figure(page, total).end, header.line.end);
  if (tail.length > MAX_HEADER_TAIL || /\d/u.test(tail) || containsWord(tail, WORDS.partsPartial)) return undefined;
  const parts = oneEach(page, total, items);
  return parts && { total, parts, complete: containsWord(tail, WORDS.partsExhaustive) };
}

/** `- Tổng số hồ sơ đã giải quyết: 3.846 hồ sơ; - … đúng hạn: 3.790 hồ sơ; - … quá hạn: 65 hồ sơ`. */
function totalRow(page: Page, items: Row[]): ListedParts | undefined {
  const totals = items.filter((row) => startsWithWord(row.label, WORDS.totalBefore) !== undefined);
  const row = totals[0];
  if (totals.length !== 1 || row === undefined || row.amounts.length !== 1) return undefined;
  const total = row.amounts[0] as number;
  const others = items.filter((r) => r !== row);
  const parts = oneEach(page, total, others);
  if (!parts || !splitAlongOneDimension(others.map((r) => norm(r.label)))) return undefined;
  return { total, parts, complete: true };
}

/** Each line's one amount of the total's unit, or undefined when any line has none, more, or nests a list. */
function oneEach(page: Page, total: number, items: Row[]): number[] | undefined {
  const whole = figure(page, total);
  const parts: number[] = [];
  for (const row of items) {
    const same = row.amounts.filter((i) => sameUnit(whole, figure(page, i)));
    if (same.length !== 1 || containsWord(page.text.slice(row.line.start, row.line.end), WORDS.partsPartial)) return undefined;
    parts.push(same[0] as number);
  }
  return parts;
}
