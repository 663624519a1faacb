/**
 * One model of a written figure: every case goes through every consumer — extraction, the page
 * checks, the notebook's agreement and the CSV import — and each must give the same interval.
 */
import { describe, expect, it } from 'vitest';
import { hedgedRange } from '@/utils/checks/interval';
import { readPage } from '@/utils/checks/page';
import { extract } from '@/utils/extraction';
import { hedgeKind } from '@/utils/extraction/numbers/hedges';
import { figureInterval, readWrittenValue, writtenStep, type Interval } from '@/utils/extraction/numbers/written-figure';
import type { Figure } from '@/utils/extraction/types';
import { rangeOf } from '@/utils/notebook/agreement';
import { officialTableDrafts } from '@/utils/notebook/import';

interface Case {
  /** A sentence as a page writes it, holding the figure. */
  sentence: string;
  /** The figure's text inside the sentence. */
  figure: string;
  /** The same value as an official table's cell would write it. */
  cell: string;
  lo: number;
  hi: number;
}

const CASES: Case[] = [
  { sentence: 'Tỷ lệ hồ sơ đúng hạn đạt 72% trong năm.', figure: '72%', cell: '72%', lo: 71.5, hi: 72.5 },
  { sentence: 'Tỷ lệ hộ dân dùng nước sạch đạt 72,34% cuối năm.', figure: '72,34%', cell: '72,34%', lo: 72.335, hi: 72.345 },
  { sentence: 'The rate reached 85.9% last year.', figure: '85.9%', cell: '85.9%', lo: 85.85, hi: 85.95 },
  { sentence: 'Dân số toàn tỉnh có 1,9 triệu người.', figure: '1,9 triệu người', cell: '1,9 triệu', lo: 1_850_000, hi: 1_950_000 },
  { sentence: 'Số tiền hỗ trợ dự án là 1 tỷ 250 triệu đồng.', figure: '1 tỷ 250 triệu đồng', cell: '1 tỷ 250 triệu', lo: 1_249_500_000, hi: 1_250_500_000 },
  { sentence: 'Trung tâm tiếp nhận 177.427 hồ sơ trong năm.', figure: '177.427 hồ sơ', cell: '177.427', lo: 177_427, hi: 177_427 },
  { sentence: 'Tỷ lệ bao phủ bảo hiểm y tế đạt trên 80% dân số.', figure: '80%', cell: 'trên 80%', lo: 79.5, hi: Infinity },
  { sentence: 'Tỷ lệ giải ngân đạt không dưới 80% kế hoạch.', figure: '80%', cell: 'không dưới 80%', lo: 79.5, hi: Infinity },
  { sentence: 'Toàn tỉnh có gần 300 bưu cục phục vụ người dân.', figure: '300 bưu cục', cell: 'gần 300', lo: 285, hi: 300 },
  { sentence: 'Số hộ nghèo còn khoảng 1,9 triệu hộ trên cả nước.', figure: '1,9 triệu hộ', cell: 'khoảng 1,9 triệu', lo: 1_755_000, hi: 2_045_000 },
  { sentence: 'Mỗi ngày tiếp nhận lên tới 500 hồ sơ trực tuyến.', figure: '500 hồ sơ trực tuyến', cell: 'lên tới 500', lo: -Infinity, hi: 500 },
  { sentence: 'Tỷ lệ hồ sơ trực tuyến đạt gần như 100% ở cấp xã.', figure: '100%', cell: 'gần như 100%', lo: 94.5, hi: 100.5 },
  { sentence: 'Online applications made up over 90% of the total.', figure: '90%', cell: 'over 90%', lo: 89.5, hi: Infinity },
  { sentence: 'The province served nearly 2.5 million people.', figure: '2.5 million people', cell: 'nearly 2.5 million', lo: 2_325_000, hi: 2_550_000 },
  { sentence: 'Nam Định xếp thứ 10/63 tỉnh, thành phố.', figure: 'thứ 10/63', cell: '10', lo: 10, hi: 10 },
];

function close(actual: Interval, lo: number, hi: number): void {
  for (const [got, want] of [
    [actual.lo, lo],
    [actual.hi, hi],
  ] as const) {
    if (Number.isFinite(want)) expect(got).toBeCloseTo(want, 6);
    else expect(got).toBe(want);
  }
}

function extracted(c: Case): { figures: Figure[]; index: number } {
  const { figures } = extract(c.sentence);
  const index = figures.findIndex((f) => f.text.endsWith(c.figure));
  expect(index, `extraction finds ${c.figure} in “${c.sentence}”: ${JSON.stringify(figures)}`).toBeGreaterThanOrEqual(0);
  return { figures, index };
}

describe('one interval for a written figure, whoever asks', () => {
  it.each(CASES)('$sentence', (c) => {
    const { figures, index } = extracted(c);
    const f = figures[index] as Figure;
    close(figureInterval(f), c.lo, c.hi);
    close(hedgedRange(readPage({ text: c.sentence, figures }), index), c.lo, c.hi);
    close(rangeOf({ text: f.text, value: f.value, figureKind: f.kind, unit: f.unit, of: f.of, qualifier: f.qualifier }), c.lo, c.hi);
    const [draft] = officialTableDrafts(`Chỉ số,Tỉnh,Kỳ,Giá trị,Loại\nDTI,Nam Định,2024,"${c.cell}",${f.kind}\n`, 'bang.csv');
    if (draft?.kind !== 'figure') throw new Error(`the CSV import read no figure from ${c.cell}`);
    close(rangeOf(draft), c.lo, c.hi);
  });
});

describe('reading a written value', () => {
  it.each([
    ['0,8241', 0.8241],
    ['0.8241', 0.8241],
    ['98,65%', 98.65],
    ['177.427', 177_427],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['12,480', 12.48],
    ['1,234,567', 1_234_567],
    ['-3', -3],
    ['1,9 triệu', 1_900_000],
    ['2 triệu 300 nghìn', 2_300_000],
    ['5,6 nghìn tỷ', 5.6e12],
    ['1.9 million', 1_900_000],
  ])('%s is %d', (raw, value) => {
    expect(readWrittenValue(raw)?.value).toBeCloseTo(value, 9);
  });

  it.each(['', 'abc', '1.2.3', '12%%', '250 triệu 1 tỷ', 'trên'])('%j is no value', (raw) => {
    expect(readWrittenValue(raw)).toBeUndefined();
  });

  it('keeps a hedge as the qualifier', () => {
    expect(readWrittenValue('Trên 80%')).toEqual({ value: 80, percent: true, qualifier: 'trên' });
  });
});

describe('the step of the last digit written', () => {
  it.each([
    ['98,65%', 98.65, 0.01],
    ['1,9 triệu', 1.9e6, 1e5],
    ['710 tỷ đồng', 710e9, 1e9],
    ['1 tỷ 250 triệu', 1.25e9, 1e6],
    ['2 triệu 300 nghìn', 2.3e6, 1e3],
    ['12,480 applications', 12_480, 1],
    ['8.5%', 8.5, 0.1],
    ['up four places', 4, undefined],
  ] as const)('%s', (text, value, step) => {
    const got = writtenStep(text, value);
    if (step === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(step, 9);
  });
});

describe('the hedge vocabulary', () => {
  it.each([
    ['trên', 'atLeast'],
    ['hơn', 'atLeast'],
    ['không dưới', 'atLeast'],
    ['ít nhất', 'atLeast'],
    ['tối thiểu', 'atLeast'],
    ['over', 'atLeast'],
    ['at least', 'atLeast'],
    ['lên tới', 'atMost'],
    ['dưới', 'atMost'],
    ['up to', 'atMost'],
    ['gần', 'nearly'],
    ['gần như', 'nearly'],
    ['nearly', 'nearly'],
    ['khoảng', 'about'],
    ['about', 'about'],
    ['Khoảng', 'about'],
    ['tăng', undefined],
  ] as const)('%s → %s', (word, kind) => {
    expect(hedgeKind(word)).toBe(kind);
  });
});
