import { describe, expect, it } from 'vitest';
import { checkPage } from '../../../scripts/check-page';
import { planPercent } from '../../../utils/checks/plan-percent';
import { readPage } from '../../../utils/checks/page';
import { placeFigures } from './place-figures';
import { money, percent, run } from './run-rule';

const ty = (text: string) => money(`${text} tỷ đồng`, Number(text.replace(/\./g, '')) * 1e9);

describe('a value against its plan', () => {
  it.each([
    ['bằng … % dự toán, right', 'Thu nội địa đạt 2.470 tỷ đồng, bằng 95% dự toán (2.600 tỷ đồng).', [ty('2.470'), percent('95%', 95), ty('2.600')], 'ok'],
    ['bằng … % dự toán, wrong', 'Thu nội địa đạt 2.470 tỷ đồng, bằng 92% dự toán (2.600 tỷ đồng).', [ty('2.470'), percent('92%', 92), ty('2.600')], 'warning'],
    [
      'vượt … % dự toán: what the value is above the plan',
      'Thu nội địa đạt 2.990 tỷ đồng, vượt 15% dự toán (2.600 tỷ đồng).',
      [ty('2.990'), percent('15%', 15), ty('2.600')],
      'ok',
    ],
    [
      'vượt … % read as the whole share is wrong',
      'Thu nội địa đạt 2.990 tỷ đồng, vượt 115% dự toán (2.600 tỷ đồng).',
      [ty('2.990'), percent('115%', 115), ty('2.600')],
      'warning',
    ],
    ['vượt, wrong', 'Thu nội địa đạt 2.990 tỷ đồng, vượt 9% dự toán (2.600 tỷ đồng).', [ty('2.990'), percent('9%', 9), ty('2.600')], 'warning'],
    [
      'the plan given in the sentence before, its clause opening with the plan word',
      'Dự toán thu nội địa năm 2024 là 2.600 tỷ đồng. Đến hết tháng 10, thu nội địa đạt 2.470 tỷ đồng, bằng 92% dự toán.',
      [ty('2.600'), ty('2.470'), percent('92%', 92)],
      'warning',
    ],
    [
      'of the annual estimate, with the plan in brackets',
      'Revenue came to 2.470 tỷ đồng, equal to 95% of the annual estimate (2.600 tỷ đồng).',
      [ty('2.470'), percent('95%', 95), ty('2.600')],
      'ok',
    ],
    [
      "of the year's target of …: whose plan between `of the` and the plan word",
      "Hai Duong's exports reached 8.10 billion USD in ten months, or 93.6% of the province's annual target of 9.00 billion USD.",
      [money('8.10 billion USD', 8.1e9, 'USD'), percent('93.6%', 93.6), money('9.00 billion USD', 9e9, 'USD')],
      'warning',
    ],
    [
      "of the year's target of …, right",
      "Hai Duong's exports reached 8.10 billion USD in ten months, or 90% of the year's plan of 9.00 billion USD.",
      [money('8.10 billion USD', 8.1e9, 'USD'), percent('90%', 90), money('9.00 billion USD', 9e9, 'USD')],
      'ok',
    ],
  ])('%s', (_name, text, figures, status) => {
    expect(run(planPercent, text, figures).map((f) => f.status)).toEqual([status]);
  });

  it.each([
    [
      'two plans given before',
      'Dự toán thu nội địa là 2.600 tỷ đồng; dự toán thu xuất nhập khẩu 2.800 tỷ đồng. Thu nội địa đạt 2.470 tỷ đồng, bằng 92% dự toán.',
      [ty('2.600'), ty('2.800'), ty('2.470'), percent('92%', 92)],
    ],
    [
      'an amount before that is no plan',
      'Thu nội địa năm trước là 2.600 tỷ đồng. Năm nay thu nội địa đạt 2.470 tỷ đồng, bằng 92% dự toán.',
      [ty('2.600'), ty('2.470'), percent('92%', 92)],
    ],
  ])('stays silent: %s', (_name, text, figures) => {
    expect(run(planPercent, text, figures)).toEqual([]);
  });

  it('spells out the excess it compared', () => {
    const text = 'Thu nội địa đạt 2.990 tỷ đồng, vượt 9% dự toán (2.600 tỷ đồng).';
    const figures = [ty('2.990'), percent('9%', 9), ty('2.600')];
    const [finding] = planPercent.check(readPage({ text, figures: placeFigures(text, figures) }));
    expect(finding?.explanation.vi).toContain('× 100 − 100 = 15,00%');
  });
});

describe('a plan named at length before its amount in brackets, read from the page', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'plan-percent')
      .map((f) => f.status);

  it.each([
    [
      'who set the plan between it and its amount',
      'The province had collected VND 2,150 billion, equivalent to 61.3% of the annual revenue target set by the Ministry of Finance (VND 3,050 billion).',
      ['warning'],
    ],
    [
      'the same, right',
      'The province had collected VND 2,150 billion, equivalent to 70.5% of the annual revenue target set by the Ministry of Finance (VND 3,050 billion).',
      ['ok'],
    ],
    ['Vietnamese', 'Đến hết tháng 9 đã giải ngân 1.864 tỷ đồng, tương đương 48,2% kế hoạch vốn được Thủ tướng Chính phủ giao (3.120 tỷ đồng).', ['warning']],
  ])('%s', (_name, text, statuses) => {
    expect(verdicts(text)).toEqual(statuses);
  });

  it('stays silent when the bracket holds another kind of figure', () => {
    expect(verdicts('Disbursement reached VND 2,150 billion, equal to 61.3% of the plan set by the Ministry (up 5%).')).toEqual([]);
  });
});

describe('a value and its plan in sentences next to each other, read from the page', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'plan-percent')
      .map((f) => f.status);

  it.each([
    [
      'the plan given in the next sentence, opening with the plan word',
      'Giải ngân đạt 2.470 tỷ đồng, bằng 92% kế hoạch. Kế hoạch vốn sau điều chỉnh là 2.600 tỷ đồng.',
      ['warning'],
    ],
    [
      "the same in English, after `of the year's plan`",
      "Disbursement reached VND 2,470 billion, or 95% of the year's plan. The plan, as adjusted in July, stands at VND 2,600 billion.",
      ['ok'],
    ],
    [
      'the value in the sentence before, pointed back to',
      'Thu nội địa đạt 2.470 tỷ đồng, tăng 8% so với cùng kỳ. Con số này bằng 92% dự toán (2.600 tỷ đồng).',
      ['warning'],
    ],
    [
      'the same in English',
      'Domestic revenue reached VND 2,470 billion. That equals 95% of the estimate assigned by the ministry (VND 2,600 billion).',
      ['ok'],
    ],
  ])('%s', (_name, text, statuses) => {
    expect(verdicts(text)).toEqual(statuses);
  });

  it.each([
    [
      'the next sentence gives a part of the plan',
      'Disbursement reached VND 2,470 billion, or 92% of the plan. The plan for 2025 also includes VND 2,600 billion for roads.',
    ],
    ['the next sentence opens with something else', 'Giải ngân đạt 2.470 tỷ đồng, bằng 92% kế hoạch. Năm trước, giải ngân đạt 2.600 tỷ đồng.'],
    ['two amounts in the sentence pointed back to', 'Thu nội địa đạt 2.470 tỷ đồng, trong đó thuế 1.200 tỷ đồng. Con số này bằng 92% dự toán (2.600 tỷ đồng).'],
    [
      'a sentence opening with a time, not a pointer',
      'Thu nội địa năm trước là 2.470 tỷ đồng. This year, revenue reached 92% of the plan (VND 2,600 billion).',
    ],
  ])('stays silent: %s', (_name, text) => {
    expect(verdicts(text)).toEqual([]);
  });
});
