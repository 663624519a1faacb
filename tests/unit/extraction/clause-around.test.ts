/** The clause a clip quotes around a figure comes from the one sentence splitter. */
import { expect, it } from 'vitest';
import { clauseAround } from '../../../utils/extraction/text/sentences';

const quote = (text: string, item: string) => {
  const at = text.indexOf(item);
  const span = clauseAround(text, at, at + item.length);
  return text.slice(span.start, span.end);
};

it('stops at the sentence ends and at semicolons, never inside a number or an abbreviation', () => {
  const text = 'Tiêu đề\nTP. Hồ Chí Minh đạt 177.427 hồ sơ; Hà Nội đạt 98,65%. Năm 2023 tăng 3 bậc.';
  expect(quote(text, '177.427 hồ sơ')).toBe('TP. Hồ Chí Minh đạt 177.427 hồ sơ');
  expect(quote(text, '98,65%')).toBe('Hà Nội đạt 98,65%.');
  expect(quote(text, 'tăng 3 bậc')).toBe('Năm 2023 tăng 3 bậc.');
  expect(quote(text, 'Tiêu đề')).toBe('Tiêu đề');
});

it('keeps an item that straddles a cut whole', () => {
  const text = 'Có 12 xã; 8 phường đạt chuẩn.';
  const span = clauseAround(text, text.indexOf('12'), text.indexOf('phường'));
  expect(text.slice(span.start, span.end)).toBe('Có 12 xã; 8 phường đạt chuẩn.');
});

it('looks no further than its reach on a page that is one endless line', () => {
  const text = `${'x '.repeat(50_000)}đạt 98,65% ${'y '.repeat(50_000)}`;
  const at = text.indexOf('98,65%');
  const span = clauseAround(text, at, at + 6, 100);
  expect(span.end - span.start).toBeLessThanOrEqual(206);
  expect(text.slice(span.start, span.end)).toContain('đạt 98,65%');
});
