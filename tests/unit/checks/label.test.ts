import { describe, expect, it } from 'vitest';
import { label, sameLabel } from '../../../utils/checks/label';
import { readPage } from '../../../utils/checks/page';
import { extract } from '../../../utils/extraction';

/** The label of the figure whose text is `figureText`, read from the page. */
function labelOf(text: string, figureText: string): string[] {
  const { figures } = extract(text);
  const i = figures.findIndex((f) => f.text === figureText);
  expect(i).toBeGreaterThanOrEqual(0);
  return label(readPage({ text, figures }), i);
}

describe('the words naming a figure', () => {
  it.each([
    [
      'dates, places and verbs left out',
      'Năm 2024, tổng thu từ khách du lịch của tỉnh đạt 11.412 tỷ đồng.',
      '11.412 tỷ đồng',
      ['du', 'khách', 'lịch', 'thu', 'từ', 'tổng'],
    ],
    [
      'only the words since the figure before, with what joins them',
      'Tỉnh thu hút 17 dự án với tổng vốn đăng ký 412,6 triệu USD.',
      '412,6 triệu USD',
      ['ký', 'tổng', 'vốn', 'đăng'],
    ],
    ['English, a generic noun (`turnover`) left out', "In 2024 the province's export turnover reached USD 1.35 billion.", 'USD 1.35 billion', ['export']],
  ])('%s', (_name, text, figureText, words) => {
    expect(labelOf(text, figureText)).toEqual([...words].sort());
  });

  it('tells a part named with one word more from its whole', () => {
    const whole = labelOf('Kim ngạch xuất khẩu đạt 1.350 triệu USD.', '1.350 triệu USD');
    const part = labelOf('Kim ngạch xuất khẩu dệt may đạt 500 triệu USD.', '500 triệu USD');
    expect(sameLabel(whole, part)).toBe(false);
    expect(sameLabel(whole, labelOf('Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 1.530 triệu USD.', '1.530 triệu USD'))).toBe(true);
  });

  it('names nothing with noise alone', () => {
    expect(sameLabel(labelOf('Năm 2024 đạt 1.350 triệu USD.', '1.350 triệu USD'), [])).toBe(false);
  });
});
