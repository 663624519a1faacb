import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction/extract';
import { referencesOf } from './helpers';

type Row = [string, Array<Record<string, unknown>>];

describe('a reference at the start of a line starts at its first letter', () => {
  it.each<string>([
    'ỦY BAN NHÂN DÂN TỈNH.\nSố: 78/KH-UBND',
    'Kế hoạch năm 2024\nSố: 78/KH-UBND',
    'Căn cứ:\n  Số: 78/KH-UBND của tỉnh',
    'a)\nQuyết định số 78/KH-UBND về chuyển đổi số',
  ])('%j', (text) => {
    const [reference] = extract(text).references;
    expect(reference).toBeDefined();
    expect(text.slice(reference!.start, reference!.end)).toBe(reference!.text);
    expect(reference!.text).toMatch(/^[\p{L}\d]/u);
  });
});

describe('the date of a reference wrapped onto the next line after ngày', () => {
  it.each<Row>([
    [
      'Căn cứ Quyết định số 12/QĐ-UBND ngày\n15/3/2024 của UBND tỉnh về cải cách hành chính.',
      [{ symbol: '12/QĐ-UBND', docType: 'Quyết định', date: '2024-03-15', text: 'Quyết định số 12/QĐ-UBND ngày\n15/3/2024' }],
    ],
    [
      'Thực hiện Kế hoạch số 45/KH-UBND ngày\n02 tháng 5 năm 2023 của huyện.',
      [{ symbol: '45/KH-UBND', docType: 'Kế hoạch', date: '2023-05-02', text: 'Kế hoạch số 45/KH-UBND ngày\n02 tháng 5 năm 2023' }],
    ],
    // A line that does not go on with a date leaves the reference undated.
    ['Quyết định số 12/QĐ-UBND ngày\nhôm qua đã được công bố.', [{ symbol: '12/QĐ-UBND', docType: 'Quyết định', text: 'Quyết định số 12/QĐ-UBND' }]],
  ])('%j', (text, expected) => expect(referencesOf(text)).toEqual(expected));
});

describe('an earlier mention takes the date of the later full citation', () => {
  it('dates the first mention from the citation after it', () => {
    const text = 'Theo Quyết định 12/QĐ-UBND, tỉnh rà soát toàn bộ thủ tục. Quyết định số 12/QĐ-UBND ngày 15/3/2024 của UBND tỉnh giao sở chủ trì.';
    expect(referencesOf(text).map((r) => [r.text, r.date])).toEqual([
      ['Quyết định 12/QĐ-UBND', '2024-03-15'],
      ['Quyết định số 12/QĐ-UBND ngày 15/3/2024', '2024-03-15'],
    ]);
  });

  it('takes the nearest later citation when a yearless symbol recurs with two dates', () => {
    const text =
      'Kế hoạch 7/KH-UBND được rà soát. Kế hoạch số 7/KH-UBND ngày 10/1/2023 đã hết hiệu lực. Kế hoạch 7/KH-UBND mới được ban hành. Kế hoạch số 7/KH-UBND ngày 8/1/2024 thay thế.';
    expect(referencesOf(text).map((r) => r.date)).toEqual(['2023-01-10', '2023-01-10', '2024-01-08', '2024-01-08']);
  });

  it('leaves a mention undated when no citation of its symbol is dated', () => {
    expect(referencesOf('Theo Quyết định 12/QĐ-UBND và Quyết định số 13/QĐ-UBND ngày 1/2/2024.')[0]).not.toHaveProperty('date');
  });
});

describe('a year and an issuer with no number is no reference', () => {
  it.each<Row>([
    ['Thiết bị phải đạt quy chuẩn QCVN 9:2016/BTTTT trước khi lắp đặt.', []],
    ['Hệ thống áp dụng bộ tiêu chí 2016/BTTTT về an toàn thông tin.', []],
    // A year inside a full symbol, or a number with an issuer and its office, still is one.
    ['Thực hiện Thông tư số 03/2016/TT-BTTTT của Bộ.', [{ symbol: '03/2016/TT-BTTTT', docType: 'Thông tư', text: 'Thông tư số 03/2016/TT-BTTTT' }]],
    ['Công văn số 2016/BTTTT-THH nêu rõ yêu cầu.', [{ symbol: '2016/BTTTT-THH', docType: 'Công văn', text: 'Công văn số 2016/BTTTT-THH' }]],
  ])('%j', (text, expected) => expect(referencesOf(text)).toEqual(expected));
});
