import { describe, expect, it } from 'vitest';
import type { FigureContextLike } from '../../../utils/checks';
import { sameIndicator } from '../../../utils/checks/same-indicator';
import { count, percent, rank, run, score } from './run-rule';
import { checkPage } from '../../../scripts/check-page';
import { extract } from '../../../utils/extraction';
import { readPage } from '../../../utils/checks/page';
import { writtenPeriod } from '../../../utils/checks/written-period';

const context = (indicator: string, subject: string, period: string, extra: Partial<FigureContextLike> = {}): FigureContextLike => ({
  indicator: { id: indicator, name: indicator },
  subject: { id: subject, name: subject },
  period: { key: period, basis: 'year' },
  ...extra,
});
const dti2022 = context('dti', 'nam-dinh', '2022');

describe('the same indicator given twice', () => {
  it.each([
    [
      'two scores',
      'Năm 2022 DTI đạt 0,5123. Đánh giá năm 2022, DTI đạt 0,5321.',
      [score('0,5123', 0.5123), score('0,5321', 0.5321)],
      [dti2022, dti2022],
      ['warning'],
    ],
    [
      'the same score twice',
      'Năm 2022 DTI đạt 0,5123. Đánh giá năm 2022, DTI đạt 0,5123.',
      [score('0,5123', 0.5123), score('0,5123', 0.5123)],
      [dti2022, dti2022],
      ['ok'],
    ],
    [
      'rounded the second time',
      'Năm 2022 tỷ lệ đạt 80,62%. Cả năm 2022, tỷ lệ này đạt 80,6%.',
      [percent('80,62%', 80.62), percent('80,6%', 80.6)],
      [dti2022, dti2022],
      ['ok'],
    ],
    [
      'two ranks',
      'Năm 2022 tỉnh xếp thứ 10/63. Cũng năm 2022, tỉnh đứng thứ 12/63.',
      [rank('10/63', 10, 63), rank('12/63', 12, 63)],
      [dti2022, dti2022],
      ['warning'],
    ],
  ])('%s', (_name, text, figures, contexts, statuses) => {
    expect(run(sameIndicator, text, figures, contexts).map((f) => f.status)).toEqual(statuses);
  });

  it.each([
    ['no attribution', 'Năm 2022 DTI đạt 0,5123. Đánh giá năm 2022, DTI đạt 0,5321.', [score('0,5123', 0.5123), score('0,5321', 0.5321)], undefined],
    [
      'other province',
      'Năm 2022 DTI đạt 0,5123. Hà Nam năm 2022 đạt 0,5321.',
      [score('0,5123', 0.5123), score('0,5321', 0.5321)],
      [dti2022, context('dti', 'ha-nam', '2022')],
    ],
    [
      'other year',
      'Năm 2022 DTI đạt 0,5123. Năm 2021 DTI đạt 0,4321.',
      [score('0,5123', 0.5123), score('0,4321', 0.4321)],
      [dti2022, context('dti', 'nam-dinh', '2021')],
    ],
    [
      'period only from the publication date',
      'DTI đạt 0,5123. Sau đó DTI đạt 0,5321.',
      [score('0,5123', 0.5123), score('0,5321', 0.5321)],
      [
        { ...dti2022, period: { key: '2022', basis: 'publication' } },
        { ...dti2022, period: { key: '2022', basis: 'publication' } },
      ],
    ],
    [
      'a goal and an outcome',
      'Năm 2022 đạt 80%. Phấn đấu năm 2022 đạt 90%.',
      [percent('80%', 80), percent('90%', 90)],
      [dti2022, { ...dti2022, target: true }],
    ],
    [
      'a target figure',
      'Năm 2022 đạt 50,42%. Năm 2022 vượt chỉ tiêu cung cấp 30% dịch vụ.',
      [percent('50,42%', 50.42), percent('30%', 30)],
      [dti2022, dti2022],
    ],
    ['a threshold', 'Năm 2022 tăng trưởng 11,67%. Năm 2022 có 16 địa phương từ 8% trở lên.', [percent('11,67%', 11.67), percent('8%', 8)], [dti2022, dti2022]],
    [
      'a bracketed share',
      'Năm 2022 có 1.100 thủ tục (66%). Năm 2022 tỷ lệ đúng hạn đạt 99,5%.',
      [percent('66%', 66), percent('99,5%', 99.5)],
      [dti2022, dti2022],
    ],
    [
      'the share of a count after a comma',
      'Năm 2022 tỷ lệ trễ hạn là 2,9%. Năm 2022 có 412 hồ sơ quá hạn, chiếm 1,7%.',
      [percent('2,9%', 2.9), count('412 hồ sơ', 412, 'hồ sơ'), percent('1,7%', 1.7)],
      [dti2022, dti2022, dti2022],
    ],
    [
      'a district named in the clause',
      'Năm 2022 tỷ lệ trễ hạn là 2,9%. Năm 2022 huyện Hải Hậu có tỷ lệ trễ hạn thấp nhất, 0,4%.',
      [percent('2,9%', 2.9), percent('0,4%', 0.4)],
      [dti2022, dti2022],
    ],
    ['one sentence', 'Năm 2022 DTI đạt 0,5123, chính quyền số đạt 0,4455.', [score('0,5123', 0.5123), score('0,4455', 0.4455)], [dti2022, dti2022]],
    ['a scale and a score', 'On a 1,000-point scale. The DTI score is 0.3615.', [score('1,000-point', 1000), score('0.3615', 0.3615)], [dti2022, dti2022]],
  ])('stays silent: %s', (_name, text, figures, contexts) => {
    expect(run(sameIndicator, text, figures, contexts)).toEqual([]);
  });
});

describe('the same indicator given twice on a page that names no place', () => {
  const unplaced = (indicator: string, period: string): FigureContextLike => ({
    indicator: { id: indicator, name: indicator },
    subject: 'unknown',
    period: { key: period, basis: 'year' },
  });
  const dti = unplaced('dti', '2024');
  it.each([
    [
      'the page speaks of its own province',
      'Năm 2024 chỉ số DTI của tỉnh đạt 0,5123. Tại hội nghị, Giám đốc Sở cho biết DTI năm 2024 đạt 0,5321.',
      [score('0,5123', 0.5123), score('0,5321', 0.5321)],
      [dti, dti],
      ['warning'],
    ],
    [
      'the second value is the country’s',
      'Năm 2024 chỉ số DTI của tỉnh đạt 0,5123. Bình quân cả nước, DTI năm 2024 đạt 0,5321.',
      [score('0,5123', 0.5123), score('0,5321', 0.5321)],
      [dti, dti],
      [],
    ],
    [
      'another figure of the page is given to a named province',
      'Năm 2024 chỉ số DTI đạt 0,5123. Theo bảng xếp hạng, DTI năm 2024 đạt 0,5321.',
      [score('0,5123', 0.5123), score('0,5321', 0.5321)],
      [dti, context('dti', 'nam-dinh', '2024')],
      [],
    ],
  ])('%s', (_name, text, figures, contexts, statuses) => {
    expect(run(sameIndicator, text, figures, contexts).map((f) => f.status)).toEqual(statuses);
  });
});

describe('a growth indicator is stated as a change', () => {
  const growth2024 = context('grdp-growth', 'ha-tinh', '2024');
  const export2024 = context('export', 'ha-tinh', '2024');
  it.each([
    ['two growth rates given as changes', 'Năm 2024, GRDP tăng 7,15%. Với mức tăng trưởng 7,51%, tỉnh thuộc nhóm khá.', [growth2024, growth2024], ['warning']],
    ['the same growth rate twice', 'Năm 2024, GRDP tăng 7,15%. Với mức tăng trưởng 7,15%, tỉnh thuộc nhóm khá.', [growth2024, growth2024], ['ok']],
    [
      'changes of another indicator are not its level',
      'Năm 2024, xuất khẩu tăng 7,15%. Với mức tăng 7,51%, tỉnh thuộc nhóm khá.',
      [export2024, export2024],
      [],
    ],
  ])('%s', (_name, text, contexts, statuses) => {
    const [a, b] = text.match(/\d+,\d+%/gu) ?? [];
    const specs = [
      percent(a ?? '', Number((a ?? '').replace(',', '.').replace('%', ''))),
      percent(b ?? '', Number((b ?? '').replace(',', '.').replace('%', ''))),
    ];
    expect(run(sameIndicator, text, specs, contexts).map((f) => f.status)).toEqual(statuses);
  });
});

describe('a count given again in the same words', () => {
  const firms = context('new-enterprises', 'long-an', '2025-9M');
  const firmsCount = (text: string, value: number) => count(text, value, 'doanh nghiệp');
  it.each([
    [
      'the same words, another value',
      'Tỉnh có 1.150 doanh nghiệp thành lập mới, vốn tăng. Với 1.510 doanh nghiệp thành lập mới trong 9 tháng, tỉnh dẫn đầu vùng.',
      [firmsCount('1.150 doanh nghiệp', 1150), firmsCount('1.510 doanh nghiệp', 1510)],
      ['warning'],
    ],
    [
      'the same value',
      'Tỉnh có 1.150 doanh nghiệp thành lập mới, vốn tăng. Với 1.150 doanh nghiệp thành lập mới trong 9 tháng, tỉnh dẫn đầu vùng.',
      [firmsCount('1.150 doanh nghiệp', 1150), firmsCount('1.150 doanh nghiệp', 1150)],
      ['ok'],
    ],
    [
      'only the bare noun: not known to be the same count',
      'Tỉnh có 1.150 doanh nghiệp, vốn tăng. Với 1.510 doanh nghiệp trong 9 tháng, tỉnh dẫn đầu vùng.',
      [firmsCount('1.150 doanh nghiệp', 1150), firmsCount('1.510 doanh nghiệp', 1510)],
      [],
    ],
    [
      'a part of the count is not the count',
      'Tỉnh có 1.150 doanh nghiệp thành lập mới. Trong đó, 510 doanh nghiệp thành lập mới ở khu công nghiệp.',
      [firmsCount('1.150 doanh nghiệp', 1150), firmsCount('510 doanh nghiệp', 510)],
      [],
    ],
  ])('%s', (_name, text, specs, statuses) => {
    expect(run(sameIndicator, text, specs, [firms, firms]).map((f) => f.status)).toEqual(statuses);
  });
});

describe('the same indicator of a district the page names', () => {
  const poverty = context('poor-households', 'dien-bien', '2023');
  it.each([
    [
      'named with its unit word, then by name alone: one district, two values',
      'Tỷ lệ hộ nghèo của huyện Mường Nhé năm 2023 là 38,62%. Với tỷ lệ hộ nghèo năm 2023 ở mức 36,82%, Mường Nhé vẫn cao nhất tỉnh.',
      ['38,62%', '36,82%'],
      ['warning'],
    ],
    [
      'the province, then a district: two subjects',
      'Tỷ lệ hộ nghèo của tỉnh năm 2023 là 15,2%. Riêng huyện Mường Nhé, tỷ lệ hộ nghèo năm 2023 là 28,4%.',
      ['15,2%', '28,4%'],
      [],
    ],
    [
      'two districts in one sentence: whose is which cannot be told from the sentence',
      'Tỷ lệ hộ nghèo năm 2023 của huyện Tủa Chùa là 22,1%, của huyện Mường Chà là 19,5%. Huyện Tủa Chùa có tỷ lệ hộ nghèo năm 2023 là 22,1%.',
      ['22,1%', '19,5%', '22,1%'],
      [],
    ],
  ])('%s', (_name, text, values, statuses) => {
    const figures = values.map((v) => percent(v, Number(v.replace('%', '').replace(',', '.'))));
    expect(
      run(
        sameIndicator,
        text,
        figures,
        figures.map(() => poverty),
      ).map((f) => f.status),
    ).toEqual(statuses);
  });
});

describe('the same indicator, read from the page with what its sentences write', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'same-indicator')
      .map((f) => f.status);

  it.each([
    [
      'the country’s figure beside it does not make the page about another place',
      'Năm 2024, tỷ lệ hộ nghèo của tỉnh là 3,12%, thấp hơn bình quân cả nước (4,06%). Theo kết quả rà soát, tỷ lệ hộ nghèo năm 2024 của tỉnh ở mức 3,21%.',
      ['warning'],
    ],
    [
      'the year written in each sentence dates both when attribution cannot',
      "Hai Duong's 2023 PCI came in at 68.52 points. Faster land procedures lifted the province's 2023 PCI score to 66.52 points, officials said.",
      ['warning'],
    ],
  ])('%s', (_name, text, statuses) => {
    expect(verdicts(text)).toEqual(statuses);
  });

  it.each([
    [
      'the shares of the economy beside a growth rate',
      'Năm 2024, tăng trưởng GRDP của tỉnh đạt 7,85%. Cơ cấu kinh tế: nông nghiệp chiếm 18,2%, công nghiệp - xây dựng 40,6%, dịch vụ 36,1%.',
    ],
    ['a range closed by `to`', "Hai Duong's 2023 PCI came in at 68.52 points. Provinces in the top group scored from 66 to 70.5 points in 2023."],
  ])('stays silent: %s', (_name, text) => {
    expect(verdicts(text)).toEqual([]);
  });
});

describe('the period a sentence writes', () => {
  const periodOf = (text: string, figureText: string) => {
    const { figures } = extract(text);
    return writtenPeriod(
      readPage({ text, figures }),
      figures.findIndex((f) => f.text === figureText),
    );
  };

  it.each([
    ['months spelled and in digits read alike', 'Sáu tháng đầu năm, tỉnh thu hút 412,6 triệu USD vốn FDI.', '412,6 triệu USD', '6M'],
    ['the same in digits', 'Vốn FDI 6 tháng đầu năm đạt 412,6 triệu USD.', '412,6 triệu USD', '6M'],
    ['English, with the year', 'In the first nine months of 2024 exports reached USD 1,350 million.', 'USD 1,350 million', '2024-9M'],
    ['two years: none', 'Exports reached USD 1,350 million in 2024, against USD 1,200 million in 2023.', 'USD 1,350 million', undefined],
  ])('%s', (_name, text, figureText, period) => {
    expect(periodOf(text, figureText)).toBe(period);
  });
});

describe('an amount given again in the same words', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'same-indicator')
      .map((f) => f.status);

  it.each([
    [
      'named alike after a reporting verb, the generic noun left out',
      'Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 2.460 triệu USD. Sở Công Thương cho biết kim ngạch xuất khẩu năm 2024 đạt 2.640 triệu USD.',
      ['warning'],
    ],
    [
      'named after the amount when nothing names it before',
      'By the end of October, the province had disbursed VND 3,412 billion of public investment capital. With VND 3,142 billion disbursed by the end of October, the province ranks among the leaders.',
      ['warning'],
    ],
    [
      'the same, agreeing',
      'Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 2.460 triệu USD. Sở Công Thương cho biết kim ngạch xuất khẩu năm 2024 đạt 2.460 triệu USD.',
      ['ok'],
    ],
  ])('%s', (_name, text, statuses) => {
    expect(verdicts(text)).toEqual(statuses);
  });

  it.each([
    [
      'a part named with more words',
      'Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 2.460 triệu USD. Năm 2024, kim ngạch xuất khẩu hàng dệt may đạt 820 triệu USD.',
    ],
    ['a part after `trong đó`', 'Năm 2024, kim ngạch xuất khẩu đạt 2.460 triệu USD. Năm 2024, trong đó kim ngạch xuất khẩu đạt 820 triệu USD.'],
    ['a plan', 'Năm 2024, kim ngạch xuất khẩu đạt 2.460 triệu USD. Kế hoạch năm 2024, kim ngạch xuất khẩu đạt 2.600 triệu USD.'],
    ['a change', 'Năm 2024, thu ngân sách đạt 2.460 tỷ đồng. Năm 2024, thu ngân sách tăng 240 tỷ đồng.'],
    [
      'two months',
      'By the end of October, the province had disbursed VND 3,412 billion. By the end of November, the province had disbursed VND 3,842 billion.',
    ],
  ])('stays silent: %s', (_name, text) => {
    expect(verdicts(text)).toEqual([]);
  });
});

describe('a district opening its sentence', () => {
  it('is a place of its own, not the province', () => {
    const text = 'Năm 2024, doanh thu du lịch của tỉnh đạt 5.040 tỷ đồng. Huyện Phú Quốc năm 2024, doanh thu du lịch đạt 3.120 tỷ đồng.';
    expect(checkPage({ text }).filter((f) => f.rule === 'same-indicator')).toEqual([]);
  });

  it('while a department opening its sentence only speaks', () => {
    const text = 'Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 2.460 triệu USD. Sở Công Thương cho biết kim ngạch xuất khẩu năm 2024 đạt 2.640 triệu USD.';
    expect(
      checkPage({ text })
        .filter((f) => f.rule === 'same-indicator')
        .map((f) => f.status),
    ).toEqual(['warning']);
  });
});
