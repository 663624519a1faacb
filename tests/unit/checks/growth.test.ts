import { describe, expect, it } from 'vitest';
import { growth } from '../../../utils/checks/growth';
import { checkPage } from '../../../scripts/check-page';
import { money, percent, run } from './run-rule';

const ty = (text: string) => money(`${text} tỷ đồng`, Number(text.replace(/\./g, '')) * 1e9);

describe('a growth between two values written before it', () => {
  it.each([
    [
      'each value with its own year, right',
      'Năm 2022 thu phí đạt 860 tỷ đồng; năm 2023 đạt 946 tỷ đồng, tăng 10%.',
      [ty('860'), ty('946'), percent('10%', 10)],
      'ok',
    ],
    [
      'each value with its own year, wrong',
      'Năm 2022 thu phí đạt 860 tỷ đồng; năm 2023 đạt 946 tỷ đồng, tăng 16%.',
      [ty('860'), ty('946'), percent('16%', 16)],
      'warning',
    ],
    ['từ … lên …, right', 'Thu phí tăng từ 860 tỷ đồng lên 946 tỷ đồng, tương ứng tăng 10%.', [ty('860'), ty('946'), percent('10%', 10)], 'ok'],
    ['from … to …, down, wrong', 'Fees fell from 946 tỷ đồng to 860 tỷ đồng, down 16%.', [ty('946'), ty('860'), percent('16%', 16)], 'warning'],
    [
      'the comparison first, the earlier value in its brackets, the later value closing the sentence before',
      'Sáu tháng đầu năm, kim ngạch xuất khẩu đạt 1.100 tỷ đồng. So với cùng kỳ năm 2023 (1.000 tỷ đồng), kim ngạch tăng 1%.',
      [ty('1.100'), ty('1.000'), percent('1%', 1)],
      'warning',
    ],
    [
      'the comparison first, in one sentence, right',
      'Exports reached 1.100 tỷ đồng; compared with the same period last year (1.000 tỷ đồng), they were up 10%.',
      [ty('1.100'), ty('1.000'), percent('10%', 10)],
      'ok',
    ],
  ])('%s', (_name, text, figures, status) => {
    expect(run(growth, text, figures).map((f) => f.status)).toEqual([status]);
  });

  it.each([
    ['two values with no order between them', 'Thu phí đạt 860 tỷ đồng, thu lệ phí 946 tỷ đồng, tăng 16%.', [ty('860'), ty('946'), percent('16%', 16)]],
    ['the later year first', 'Năm 2023 thu phí đạt 946 tỷ đồng; năm 2022 đạt 860 tỷ đồng, tăng 16%.', [ty('946'), ty('860'), percent('16%', 16)]],
    [
      'a bracketed value not named as the earlier one',
      'Kim ngạch xuất khẩu đạt 1.100 tỷ đồng. Trong đó hàng nông sản (1.000 tỷ đồng), kim ngạch tăng 1%.',
      [ty('1.100'), ty('1.000'), percent('1%', 1)],
    ],
    ['a share, not a change', 'Năm 2022 thu phí đạt 860 tỷ đồng; năm 2023 đạt 946 tỷ đồng, chiếm 16%.', [ty('860'), ty('946'), percent('16%', 16)]],
  ])('stays silent: %s', (_name, text, figures) => {
    expect(run(growth, text, figures)).toEqual([]);
  });
});

describe('a growth that holds only within the rounding of its two values', () => {
  it('is neither ✓ nor ✗: the values as printed give another growth, and only their rounding could give the stated one', () => {
    const text = 'Năm 2024, lượng khách du lịch đạt 1,9 triệu lượt, tăng 15% so với năm 2023 (1,7 triệu lượt).';
    expect(checkPage({ text }).filter((f) => f.rule === 'growth')).toEqual([]);
  });

  it('is ✓ when the values as printed give the stated growth, and prints the range their digits allow', () => {
    const text = 'Năm 2024, lượng khách du lịch đạt 1,9 triệu lượt, tăng 12% so với năm 2023 (1,7 triệu lượt).';
    const [finding] = checkPage({ text }).filter((f) => f.rule === 'growth');
    expect(finding?.status).toBe('ok');
    expect(finding?.explanation.vi).toContain('= +11,8% (theo các chữ số đã ghi: 5,71–18,19%)');
    expect(finding?.explanation.en).toContain('(5.71–18.19% from the digits written)');
  });
});

describe('a value against its plan whose plan is written bare', () => {
  it('gives no ✓ beside a share the amounts as printed do not give', () => {
    const text = 'Vốn sự nghiệp giải ngân được 2 tỷ 150 triệu đồng, bằng 98% kế hoạch (2 tỷ đồng).';
    const findings = checkPage({ text }).filter((f) => f.rule === 'plan-percent');
    expect(findings.filter((f) => f.status === 'ok')).toEqual([]);
  });
});

describe('a growth between two bare amounts the sentence opened by naming', () => {
  const verdict = (text: string) => checkPage({ text }).filter((f) => f.rule === 'growth');

  it.each([
    ['English, wrong', 'Hotel guests went from 2.45 million in 2022 to 2.94 million in 2023, an increase of 12%.', 'warning'],
    ['English, right', 'Hotel guests went from 2.45 million in 2022 to 2.94 million in 2023, an increase of 20%.', 'ok'],
    ['Vietnamese, wrong', 'Lượng hành khách qua cảng tăng từ 3,20 triệu năm 2023 lên 3,68 triệu năm 2024, tức tăng 10%.', 'warning'],
  ])('%s', (_name, text, status) => {
    const [finding] = verdict(text);
    expect(finding?.status).toBe(status);
    expect(finding?.explanation.en).toMatch(/million/);
  });

  it('stays silent when the bare amount follows another clause’s value', () => {
    expect(verdict('Tourist arrivals reached 3.10 million, and revenue rose to 3.60 million, up 5%.')).toEqual([]);
  });
});

describe('a change stated after its percentage', () => {
  const verdict = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'growth')
      .map((f) => f.status);

  it.each([
    ['lower than, wrong', 'Rice exports were VND 1,880 billion in 2024, 15% lower than the VND 2,050 billion of 2023.', ['warning']],
    ['lower than, right', 'Rice exports were VND 1,880 billion in 2024, 8% lower than the VND 2,050 billion of 2023.', ['ok']],
    ['cao hơn', 'Thu nhập bình quân đạt 5,62 triệu đồng/tháng, 12% cao hơn mức 5,31 triệu đồng/tháng của năm trước.', ['warning']],
  ])('%s', (_name, text, statuses) => {
    expect(verdict(text)).toEqual(statuses);
  });
});

describe('a change given as an amount between the two values it compares', () => {
  it.each([
    ['up, wrong', 'Thu ngân sách đạt 1.320 tỷ đồng, tăng 140 tỷ đồng so với năm 2023 (1.220 tỷ đồng).', [ty('1.320'), ty('140'), ty('1.220')], ['warning']],
    ['up, right', 'Thu ngân sách đạt 1.320 tỷ đồng, tăng 100 tỷ đồng so với năm 2023 (1.220 tỷ đồng).', [ty('1.320'), ty('100'), ty('1.220')], ['ok']],
    ['down, right', 'Chi thường xuyên đạt 1.220 tỷ đồng, giảm 100 tỷ đồng so với cùng kỳ (1.320 tỷ đồng).', [ty('1.220'), ty('100'), ty('1.320')], ['ok']],
    [
      'down written as up',
      'Chi thường xuyên đạt 1.220 tỷ đồng, tăng 100 tỷ đồng so với cùng kỳ (1.320 tỷ đồng).',
      [ty('1.220'), ty('100'), ty('1.320')],
      ['warning'],
    ],
    [
      'no comparison named: silent',
      'Thu ngân sách đạt 1.320 tỷ đồng, tăng 140 tỷ đồng, vượt dự toán 1.220 tỷ đồng.',
      [ty('1.320'), ty('140'), ty('1.220')],
      [],
    ],
  ])('%s', (_name, text, specs, statuses) => {
    expect(run(growth, text, specs).map((f) => f.status)).toEqual(statuses);
  });

  it('prints the difference it computed', () => {
    const [finding] = checkPage({ text: 'Thu ngân sách đạt 1.320 tỷ đồng, tăng 140 tỷ đồng so với năm 2023 (1.220 tỷ đồng).' }).filter(
      (f) => f.rule === 'growth',
    );
    expect(finding?.explanation.vi).toContain('1.320 tỷ − 1.220 tỷ = +100 tỷ');
    expect(finding?.explanation.vi).toContain('“tăng 140 tỷ đồng”');
  });
});

describe('a growth against an earlier value given elsewhere on the page', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'growth')
      .map((f) => f.status);

  it.each([
    [
      'the same words, the year before',
      'Năm 2023, doanh thu du lịch của tỉnh đạt 4.200 tỷ đồng. Năm 2024, doanh thu du lịch đạt 5.040 tỷ đồng, tăng 30% so với năm trước.',
      ['warning'],
    ],
    [
      'the same, right',
      'Năm 2023, doanh thu du lịch của tỉnh đạt 4.200 tỷ đồng. Năm 2024, doanh thu du lịch đạt 5.040 tỷ đồng, tăng 20% so với năm trước.',
      ['ok'],
    ],
    [
      'English, year on year',
      'In 2023 tourism revenue was VND 4,200 billion. In 2024 tourism revenue reached VND 5,040 billion, up 30% year on year.',
      ['warning'],
    ],
    [
      '`on the` before the earlier value',
      'The province welcomed 1.12 million visitors in the first quarter, up 32% on the 0.98 million of the same period last year.',
      ['warning'],
    ],
  ])('%s', (_name, text, statuses) => {
    expect(verdicts(text)).toEqual(statuses);
  });

  it.each([
    [
      'a part of the indicator, named with more words',
      'Năm 2023, doanh thu du lịch của tỉnh đạt 4.200 tỷ đồng. Năm 2024, doanh thu du lịch lữ hành đạt 5.040 tỷ đồng, tăng 30% so với năm trước.',
    ],
    [
      'a change against the plan, not an earlier period',
      'Năm 2023, doanh thu du lịch của tỉnh đạt 4.200 tỷ đồng. Năm 2024, doanh thu du lịch đạt 5.040 tỷ đồng, tăng 30% so với kế hoạch.',
    ],
    [
      'an earlier value of another year',
      'Năm 2022, doanh thu du lịch của tỉnh đạt 4.200 tỷ đồng. Năm 2024, doanh thu du lịch đạt 5.040 tỷ đồng, tăng 30% so với năm trước.',
    ],
    [
      'two earlier values named alike',
      'Năm 2023, doanh thu du lịch đạt 4.200 tỷ đồng. Năm 2023, doanh thu du lịch đạt 4.500 tỷ đồng. Năm 2024, doanh thu du lịch đạt 5.040 tỷ đồng, tăng 30% so với năm trước.',
    ],
  ])('stays silent: %s', (_name, text) => {
    expect(verdicts(text)).toEqual([]);
  });
});
