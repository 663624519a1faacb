import { describe, expect, it } from 'vitest';
import { fold, foldName } from '../../../utils/extraction/text/fold';
import { clauses, lines, sentences } from '../../../utils/extraction/text/sentences';

describe('folding', () => {
  it.each([
    ['Nghị quyết – Bà Rịa', 'nghi quyet - ba ria'],
    ['ĐẮK LẮK', 'dak lak'],
    ['Thanh Hoá', 'thanh hoa'],
    ['Hòa\u00a0Bình', 'hoa binh'],
  ])('%s → %s', (text, folded) => {
    expect(fold(text).folded).toBe(folded);
  });

  it('keeps offsets when accents are combining marks', () => {
    const text = 'Nam Định đạt 98,65%'.normalize('NFD');
    const f = fold(text);
    expect(f.folded).toBe('nam dinh dat 98,65%');
    const at = text.indexOf('98,65%');
    expect(f.folded.slice(f.toFolded(at), f.toFolded(at + 6))).toBe('98,65%');
    expect(text.slice(f.toOriginal(f.folded.indexOf('98')))).toBe('98,65%');
  });

  it('writes names one way whatever the dash spacing', () => {
    expect(foldName('Bà Rịa – Vũng Tàu')).toBe(foldName('Bà Rịa-Vũng Tàu'));
  });
});

describe('paragraphs, sentences and clauses', () => {
  const slices = (text: string, spans: Array<{ start: number; end: number }>): string[] => spans.map((s) => text.slice(s.start, s.end));

  it('takes short lines without closing punctuation as headings', () => {
    const text = 'Chuyển đổi số tạo đột phá\n\nBáo chí được tăng cường, đúng định hướng.\n30/08/2021';
    expect(lines(text).map((p) => p.heading)).toEqual([true, false, false]);
  });

  it('ends a sentence at a stop before a capital, but not after TP. or No.', () => {
    const text = 'Vốn rót vào TP. Hồ Chí Minh tăng. Quyết định No. 57 có hiệu lực. 100% đơn vị báo cáo.';
    expect(slices(text, sentences(text, { start: 0, end: text.length }))).toEqual([
      'Vốn rót vào TP. Hồ Chí Minh tăng.',
      'Quyết định No. 57 có hiệu lực.',
      '100% đơn vị báo cáo.',
    ]);
  });

  it('keeps decimal commas and points inside a sentence, and cuts clauses at semicolons', () => {
    const text = 'Gia Lai tăng 7,31%; Sơn La 6,26%; Hanoi reached 85.89%.';
    expect(sentences(text, { start: 0, end: text.length })).toHaveLength(1);
    expect(slices(text, clauses(text, { start: 0, end: text.length }))).toEqual(['Gia Lai tăng 7,31%', ' Sơn La 6,26%', ' Hanoi reached 85.89%.']);
  });
});
