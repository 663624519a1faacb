import { describe, expect, it } from 'vitest';
import { partsTotal } from '../../../utils/checks/parts-total';
import { checkPage } from '../../../scripts/check-page';
import { count, money, percent, run } from './run-rule';

const hs = (n: string) => count(`${n} hồ sơ`, Number(n.replace(/\./g, '')), 'hồ sơ');

describe('parts and their total', () => {
  it.each([
    [
      'trong đó, parts add up',
      'tiếp nhận 177.427 hồ sơ, trong đó 128.034 hồ sơ trực tiếp, 49.393 hồ sơ qua mạng.',
      [hs('177.427'), hs('128.034'), hs('49.393')],
      'ok',
    ],
    [
      'trong đó, parts exceed',
      'tiếp nhận 177.427 hồ sơ, trong đó 128.034 hồ sơ trực tiếp, 59.393 hồ sơ qua mạng.',
      [hs('177.427'), hs('128.034'), hs('59.393')],
      'warning',
    ],
    ['gồm, parts short', 'nhận 1.000 hồ sơ, gồm 600 hồ sơ trực tuyến và 300 hồ sơ trực tiếp.', [hs('1.000'), hs('600'), hs('300')], 'warning'],
    ['gồm, parts add up', 'nhận 1.000 hồ sơ, gồm 600 hồ sơ trực tuyến và 400 hồ sơ trực tiếp.', [hs('1.000'), hs('600'), hs('400')], 'ok'],
    [
      'tổng cộng after the parts',
      'giải quyết 600 hồ sơ trực tuyến và 400 hồ sơ trực tiếp, tổng cộng 1.100 hồ sơ.',
      [hs('600'), hs('400'), hs('1.100')],
      'warning',
    ],
    [
      'of whom, parts exceed',
      'The city had 2.4 million residents, of whom 1.7 million lived in the old quarter and 0.9 million in new suburbs.',
      [count('2.4 million residents', 2.4e6, 'residents'), count('1.7 million', 1.7e6, 'residents'), count('0.9 million', 0.9e6, 'residents')],
      'warning',
    ],
    [
      'parts named at length in the next sentence',
      'Tổng kinh phí sự nghiệp năm 2024 là 900 tỷ đồng. Trong đó, kinh phí sự nghiệp giáo dục 500 tỷ đồng, kinh phí sự nghiệp y tế cơ sở 450 tỷ đồng.',
      [money('900 tỷ đồng', 9e11), money('500 tỷ đồng', 5e11), money('450 tỷ đồng', 4.5e11)],
      'warning',
    ],
    [
      'gồm, the last part named at more length than the first',
      'Tổng vốn là 900 tỷ đồng, gồm vốn ngân sách tỉnh 500 tỷ đồng và vốn vay ưu đãi nước ngoài 400 tỷ đồng.',
      [money('900 tỷ đồng', 9e11), money('500 tỷ đồng', 5e11), money('400 tỷ đồng', 4e11)],
      'ok',
    ],
    [
      'items that each carry their share, cut by semicolons',
      'Toàn huyện có 20.000 hộ, trong đó hộ nghèo 12.000 hộ, chiếm 60%; hộ cận nghèo 9.000 hộ, chiếm 45%.',
      [count('20.000 hộ', 20000, 'hộ'), count('12.000 hộ', 12000, 'hộ'), percent('60%', 60), count('9.000 hộ', 9000, 'hộ'), percent('45%', 45)],
      'warning',
    ],
    [
      'a share between two parts is skipped',
      'có 1.000 hồ sơ, trong đó 600 hồ sơ trực tuyến (60%), 400 hồ sơ trực tiếp.',
      [hs('1.000'), hs('600'), percent('60%', 60), hs('400')],
      'ok',
    ],
    ['one part larger than its total', 'tiếp nhận 9.887 hồ sơ, trong đó có 10.200 hồ sơ trực tuyến.', [hs('9.887'), hs('10.200')], 'warning'],
    [
      'a shortened amount may be cut, not rounded: neither ✓ nor ✗',
      'thu hút 1,74 tỷ USD, gồm 867,8 triệu USD vốn mới, 881,76 triệu USD vốn tăng thêm.',
      [money('1,74 tỷ USD', 1.74e9, 'USD'), money('867,8 triệu USD', 8.678e8, 'USD'), money('881,76 triệu USD', 8.8176e8, 'USD')],
      undefined,
    ],
    [
      'but not by more than its last digit',
      'thu hút 1,73 tỷ USD, gồm 867,8 triệu USD vốn mới, 881,76 triệu USD vốn tăng thêm.',
      [money('1,73 tỷ USD', 1.73e9, 'USD'), money('867,8 triệu USD', 8.678e8, 'USD'), money('881,76 triệu USD', 8.8176e8, 'USD')],
      'warning',
    ],
    [
      'rounded money within the written precision',
      'thu hút 1,75 tỷ USD, gồm 867,8 triệu USD vốn mới, 881,76 triệu USD vốn tăng thêm.',
      [money('1,75 tỷ USD', 1.75e9, 'USD'), money('867,8 triệu USD', 8.678e8, 'USD'), money('881,76 triệu USD', 8.8176e8, 'USD')],
      'ok',
    ],
    [
      'parts named before their numbers',
      'Tổng vốn 5.000 tỷ đồng, trong đó vốn ngân sách 2.000 tỷ đồng, vốn doanh nghiệp 3.500 tỷ đồng và vốn vay 1.000 tỷ đồng.',
      [money('5.000 tỷ đồng', 5e12), money('2.000 tỷ đồng', 2e12), money('3.500 tỷ đồng', 3.5e12), money('1.000 tỷ đồng', 1e12)],
      'warning',
    ],
    [
      'hơn on the total accepts a larger sum',
      'thu hút hơn 1,7 tỷ USD, gồm 900 triệu USD vốn mới, 881 triệu USD vốn tăng thêm.',
      [money('1,7 tỷ USD', 1.7e9, 'USD'), money('900 triệu USD', 9e8, 'USD'), money('881 triệu USD', 8.81e8, 'USD')],
      'ok',
    ],
  ])('%s', (_name, text, figures, status) => {
    expect(run(partsTotal, text, figures).map((f) => f.status)).toEqual(status ? [status] : []);
  });

  it.each([
    [
      'parts cut two ways overlap',
      'tiếp nhận 1.000 hồ sơ, trong đó 900 hồ sơ giải quyết đúng hạn, 500 hồ sơ nộp trực tuyến.',
      [hs('1.000'), hs('900'), hs('500')],
    ],
    [
      'a trong đó list may name only some parts',
      'nhận 10.000 hồ sơ, trong đó 6.000 hồ sơ trực tuyến, 3.000 hồ sơ qua bưu chính.',
      [hs('10.000'), hs('6.000'), hs('3.000')],
    ],
    [
      'a new clause is not the next part',
      'tiếp nhận 1.000 hồ sơ, trong đó 600 hồ sơ trực tuyến, giải quyết đúng hạn 900 hồ sơ.',
      [hs('1.000'), hs('600'), hs('900')],
    ],
    [
      'different units are not added',
      'có 57 đơn vị, gồm 50 doanh nghiệp và 7 hợp tác xã.',
      [count('57 đơn vị', 57, 'đơn vị'), count('50 doanh nghiệp', 50, 'doanh nghiệp'), count('7 hợp tác xã', 7, 'hợp tác xã')],
    ],
    [
      'a running total includes earlier years',
      'cấp mới 19 dự án và điều chỉnh 14 dự án, nâng tổng số dự án lên 169 dự án.',
      [count('19 dự án', 19, 'dự án'), count('14 dự án', 14, 'dự án'), count('169 dự án', 169, 'dự án')],
    ],
    [
      'a semicolon ends the list',
      'có 188 trang, trong đó có 45 trang của cơ quan Đảng; 15 cơ sở truyền thanh.',
      [count('188 trang', 188, 'trang'), count('45 trang', 45, 'trang'), count('15 cơ sở', 15, 'cơ sở')],
    ],
    ['a total in another sentence', 'Năm 2023 nhận 1.000 hồ sơ. Trong đó có 600 hồ sơ trực tuyến và 500 hồ sơ trực tiếp.', [hs('1.000'), hs('600'), hs('500')]],
    [
      'gồm whose next item is named at such length it may or may not belong to the list',
      'Tổng vốn là 900 tỷ đồng, gồm vốn trong nước 500 tỷ đồng và vốn vay ưu đãi của các nhà tài trợ song phương và đa phương 300 tỷ đồng.',
      [money('900 tỷ đồng', 9e11), money('500 tỷ đồng', 5e11), money('300 tỷ đồng', 3e11)],
    ],
  ])('stays silent: %s', (_name, text, figures) => {
    expect(run(partsTotal, text, figures)).toEqual([]);
  });

  it.each([
    [
      'Of this, in the next sentence',
      'Total investment reached USD 2.35 billion. Of this, new projects accounted for USD 1,480 million and capital increases for USD 960 million.',
      [money('USD 2.35 billion', 2.35e9, 'USD'), money('USD 1,480 million', 1.48e9, 'USD'), money('USD 960 million', 9.6e8, 'USD')],
      'warning',
    ],
    [
      'a year dating the total before of which',
      'The city received 12,400 dossiers in 2024, of which 8,100 dossiers online and 4,900 dossiers in person.',
      [count('12,400 dossiers', 12400, 'dossiers'), count('8,100 dossiers', 8100, 'dossiers'), count('4,900 dossiers', 4900, 'dossiers')],
      'warning',
    ],
  ])('%s', (_name, text, figures, status) => {
    expect(run(partsTotal, text, figures).map((f) => f.status)).toEqual([status]);
  });

  it.each([
    [
      'a gồm: list cut by semicolons, short',
      'Tổng chi 4.800 tỷ đồng, gồm: chi đầu tư phát triển 1.900 tỷ đồng; chi thường xuyên cho các sự nghiệp 2.600 tỷ đồng; chi khác 200 tỷ đồng.',
      'warning',
    ],
    [
      'a gồm: list cut by semicolons, whole',
      'Tổng chi 4.800 tỷ đồng, gồm: chi đầu tư phát triển 1.900 tỷ đồng; chi thường xuyên cho các sự nghiệp 2.600 tỷ đồng; chi khác 300 tỷ đồng.',
      'ok',
    ],
  ])('%s', (_name, text, status) => {
    const figures = ['4.800', '1.900', '2.600', status === 'ok' ? '300' : '200'].map((n) => money(`${n} tỷ đồng`, Number(n.replace('.', '')) * 1e9));
    expect(run(partsTotal, text, figures).map((f) => f.status)).toEqual([status]);
  });

  it('ends a list with no colon at a semicolon', () => {
    const text = 'Tổng chi 4.800 tỷ đồng, gồm chi đầu tư 1.900 tỷ đồng; chi thường xuyên năm sau 3.600 tỷ đồng.';
    const figures = ['4.800', '1.900', '3.600'].map((n) => money(`${n} tỷ đồng`, Number(n.replace('.', '')) * 1e9));
    expect(run(partsTotal, text, figures)).toEqual([]);
  });

  it('stays silent when the next sentence does not open with the parts', () => {
    const text = 'Total investment reached USD 2.35 billion. Domestic projects drew USD 1,480 million and FDI projects USD 960 million in the year.';
    const figures = [money('USD 2.35 billion', 2.35e9, 'USD'), money('USD 1,480 million', 1.48e9, 'USD'), money('USD 960 million', 9.6e8, 'USD')];
    expect(run(partsTotal, text, figures)).toEqual([]);
  });

  describe('a count split along one dimension in the next clause, with no trong đó', () => {
    it.each([
      [
        'on time and late pass the files received',
        'Quý II nhận 4.210 hồ sơ; giải quyết đúng hạn 3.980 hồ sơ, trễ hạn 290 hồ sơ.',
        ['4.210', '3.980', '290'],
        'warning',
      ],
      ['labels after the numbers', 'Quý II nhận 4.210 hồ sơ, có 3.980 hồ sơ trực tuyến và 290 hồ sơ trực tiếp.', ['4.210', '3.980', '290'], 'warning'],
      ['the split adds up', 'Quý II nhận 4.210 hồ sơ; giải quyết đúng hạn 3.980 hồ sơ, trễ hạn 230 hồ sơ.', ['4.210', '3.980', '230'], 'ok'],
    ])('%s', (_name, text, numbers, status) => {
      expect(run(partsTotal, text, numbers.map(hs)).map((f) => f.status)).toEqual([status]);
    });

    it.each([
      [
        'parts short of the whole: some files are still open',
        'Quý II nhận 4.210 hồ sơ; giải quyết đúng hạn 3.500 hồ sơ, trễ hạn 290 hồ sơ.',
        ['4.210', '3.500', '290'],
      ],
      ['two dimensions, not one split', 'Quý II nhận 4.210 hồ sơ; đúng hạn 3.980 hồ sơ, trực tuyến 2.900 hồ sơ.', ['4.210', '3.980', '2.900']],
      ['the same side twice', 'Quý II nhận 4.210 hồ sơ; đúng hạn 3.980 hồ sơ, đúng hạn 2.900 hồ sơ.', ['4.210', '3.980', '2.900']],
      ['another year', 'Năm 2023 nhận 4.210 hồ sơ; năm 2024 đúng hạn 3.980 hồ sơ, trễ hạn 900 hồ sơ.', ['4.210', '3.980', '900']],
      ['no clause break: a list of three counts', 'nhận 4.210 hồ sơ đúng hạn 3.980 hồ sơ, trễ hạn 900 hồ sơ.', ['4.210', '3.980', '900']],
    ])('stays silent: %s', (_name, text, numbers) => {
      expect(run(partsTotal, text, numbers.map(hs))).toEqual([]);
    });
  });
});

describe('a sum that holds only within the written rounding', () => {
  it('prints the range the parts add up to beside the range the total allows, so the ✓ shows why they agree', () => {
    const text = 'Năm 2024, tỉnh đón 2,4 triệu lượt khách, trong đó khách nội địa 1,6 triệu lượt, khách quốc tế 0,9 triệu lượt.';
    const [finding] = checkPage({ text }).filter((f) => f.rule === 'parts-total');
    expect(finding?.status).toBe('ok');
    expect(finding?.explanation.vi).toContain('1,6 triệu + 0,9 triệu = 2,5 triệu');
    expect(finding?.explanation.vi).toContain('2,4–2,6 triệu');
    expect(finding?.explanation.vi).toContain('2,35–2,45 triệu');
    expect(finding?.explanation.en).toContain('2.4–2.6 million');
  });
});

describe('parts that each carry a detail of their own', () => {
  const verdicts = (text: string) => checkPage({ text }).filter((f) => f.rule === 'parts-total');

  it.each([
    [
      'a count of projects after each amount, sum short',
      'Vốn FDI năm 2024 đạt 960 triệu USD, gồm 410 triệu USD của 12 dự án mới và 450 triệu USD của 9 dự án tăng vốn.',
      'warning',
    ],
    ['the same, sum right', 'Vốn FDI năm 2024 đạt 860 triệu USD, gồm 410 triệu USD của 12 dự án mới và 450 triệu USD của 9 dự án tăng vốn.', 'ok'],
    ['English', 'Sales totalled USD 3.40 billion, comprising USD 2.10 billion from 75 firms and USD 1.10 billion from 120 firms.', 'warning'],
  ])('%s', (_name, text, status) => {
    const [finding] = verdicts(text);
    expect(finding?.status).toBe(status);
    expect(finding?.items).toHaveLength(3);
  });

  it('does not take a count joined by `và` for a detail', () => {
    expect(verdicts('Vốn FDI đạt 960 triệu USD, gồm 410 triệu USD vốn mới và 12 dự án đang hoạt động.').map((f) => f.status)).not.toContain('warning');
  });
});

describe('one part the next clause names at length, or counts in people', () => {
  const verdicts = (text: string) => checkPage({ text }).filter((f) => f.rule === 'parts-total');

  it.each([
    [
      'named at length, above the total',
      'Tổng vốn huy động đạt 41,2 nghìn tỷ đồng. Trong đó, tiền gửi dân cư vẫn là nguồn lớn nhất với 52.600 tỷ đồng.',
      ['warning'],
    ],
    ['named at length, below the total', 'Tổng vốn huy động đạt 41,2 nghìn tỷ đồng. Trong đó, tiền gửi dân cư vẫn là nguồn lớn nhất với 32.600 tỷ đồng.', []],
    ['people of a kind, then people', 'Năm 2024 có 9.450 sinh viên tốt nghiệp; trong số đó, 10.120 người có việc làm ngay.', ['warning']],
    ['English', 'The scheme trained 5,300 workers in 2024; among them, 6,100 people were from ethnic minorities.', ['warning']],
  ])('%s', (_name, text, statuses) => {
    expect(verdicts(text).map((f) => f.status)).toEqual(statuses);
  });

  it.each([
    ['a change, not a part', 'Tổng thu đạt 41,2 nghìn tỷ đồng. Trong đó, thu nội địa tăng mạnh nhờ nguồn thu từ đất với 52.600 tỷ đồng.'],
    ['a comparison', 'Tổng thu đạt 41,2 nghìn tỷ đồng. Trong đó, thu nội địa thấp hơn so với năm trước là 52.600 tỷ đồng.'],
    ['two kinds of people', 'Năm 2024 có 9.450 sinh viên tốt nghiệp; trong số đó, 10.120 lao động có việc làm ngay.'],
  ])('stays silent: %s', (_name, text) => {
    expect(verdicts(text).filter((f) => f.status === 'warning')).toEqual([]);
  });
});

describe('a whole split on time / late in English', () => {
  it.each([
    ['parts above the whole', 'Of the 2,300 requests received, 2,210 were answered on time and 140 were late.', ['warning']],
    ['parts within the whole: some may still be open, so no verdict', 'Of the 2,300 requests received, 2,110 were answered on time and 140 were late.', []],
  ])('%s', (_name, text, statuses) => {
    expect(
      checkPage({ text })
        .filter((f) => f.rule === 'parts-total')
        .map((f) => f.status),
    ).toEqual(statuses);
  });
});

describe('parts listed after a colon', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'parts-total')
      .map((f) => f.status);

  it('warns when they pass the total', () => {
    expect(verdicts('The district has 1,200 teachers: 640 in primary schools, 420 in lower secondary schools and 230 in kindergartens.')).toEqual(['warning']);
  });

  it('says nothing when they fall short: the list may be read only in part', () => {
    expect(verdicts('The district has 1,300 teachers: 640 in primary schools, 420 in lower secondary schools and 230 in kindergartens.')).toEqual([]);
  });
});

describe('a trong đó after a change measured against a bracketed value', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'parts-total')
      .map((f) => ({ status: f.status, items: f.items }));

  it.each([
    [
      'the earlier year in brackets is not the total: no warning',
      'Thu ngân sách 9 tháng năm 2025 ước đạt 5.310 tỷ đồng, tăng 21,5% so với cùng kỳ (4.370 tỷ đồng); trong đó thu nội địa 4.980 tỷ đồng.',
      [],
    ],
    [
      'the plan in brackets is not the total either',
      'Chi đầu tư phát triển đạt 2.640 tỷ đồng, bằng 110% kế hoạch (2.400 tỷ đồng), trong đó vốn ngân sách tỉnh 2.510 tỷ đồng.',
      [],
    ],
    [
      'English: the earlier year in brackets is not the total',
      'Revenue reached VND 5,310 billion, up 21.5% year on year (VND 4,370 billion); of this, domestic revenue was VND 4,980 billion.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });

  it('a part above the figure the clause is about is still caught', () => {
    const text = 'Thu ngân sách 9 tháng năm 2025 ước đạt 5.310 tỷ đồng, tăng 21,5% so với cùng kỳ (4.370 tỷ đồng); trong đó thu nội địa 5.480 tỷ đồng.';
    expect(verdicts(text)).toEqual([{ status: 'warning', items: ['5.310 tỷ đồng', '5.480 tỷ đồng'] }]);
  });
});

describe('a count of something else between the total and its trong đó', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'parts-total')
      .map((f) => ({ status: f.status, items: f.items }));

  it.each([
    [
      'the part passes the total, past where it was counted',
      'Năm 2025, huyện có 1.950 học sinh dự thi tại 6 điểm thi, trong đó 2.030 học sinh là người dân tộc thiểu số.',
      [{ status: 'warning', items: ['1.950 học sinh', '2.030 học sinh'] }],
    ],
    ['the part within the total: silent', 'Năm 2025, huyện có 1.950 học sinh dự thi tại 6 điểm thi, trong đó 1.030 học sinh là người dân tộc thiểu số.', []],
    [
      'the list splits the other count: not a part of the total',
      'Năm 2025, huyện có 1.950 học sinh dự thi tại 6 điểm thi, trong đó 2 điểm thi ở thị trấn.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
});

describe('a list opening the next sentence, after a count of something else', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'parts-total' || f.rule === 'count-percent')
      .map((f) => ({ rule: f.rule, status: f.status, items: f.items }));

  it.each([
    [
      'the part passes the total',
      'Toàn huyện có 640 cơ sở sản xuất, giải quyết việc làm cho 5.100 lao động. Trong đó, 710 cơ sở sản xuất chế biến nông sản.',
      [{ rule: 'parts-total', status: 'warning', items: ['640 cơ sở sản xuất', '710 cơ sở sản xuất'] }],
    ],
    [
      'its share is checked against the total, not the other count',
      'Toàn huyện có 640 cơ sở sản xuất, giải quyết việc làm cho 5.100 lao động. Trong đó, 410 cơ sở sản xuất chế biến nông sản, chiếm 64,1%.',
      [{ rule: 'count-percent', status: 'ok', items: ['640 cơ sở sản xuất', '410 cơ sở sản xuất', '64,1%'] }],
    ],
    [
      'the same with a wrong share',
      'Toàn huyện có 640 cơ sở sản xuất, giải quyết việc làm cho 5.100 lao động. Trong đó, 410 cơ sở sản xuất chế biến nông sản, chiếm 74,1%.',
      [{ rule: 'count-percent', status: 'warning', items: ['640 cơ sở sản xuất', '410 cơ sở sản xuất', '74,1%'] }],
    ],
    ['the list counts the other thing: silent', 'Toàn huyện có 640 cơ sở sản xuất, giải quyết việc làm cho 5.100 lao động. Trong đó, 2.300 lao động nữ.', []],
  ])('%s', (_name, text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
});

describe('a list after a colon whose last part is the rest', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'parts-total')
      .map((f) => f.status);

  it.each([
    ['the rest short of the total', 'Kinh phí năm 2025 là 84 tỷ đồng: ngân sách tỉnh hỗ trợ 51 tỷ đồng, số còn lại 29 tỷ đồng do xã huy động.', ['warning']],
    ['the rest makes up the total', 'Kinh phí năm 2025 là 84 tỷ đồng: ngân sách tỉnh hỗ trợ 51 tỷ đồng, số còn lại 33 tỷ đồng do xã huy động.', ['ok']],
    ['English, the rest short', 'Funding reached VND 84 billion: the province gave VND 51 billion and communes the rest, VND 29 billion.', ['warning']],
    [
      'no rest named: a list read in part is not held to the total',
      'Kinh phí năm 2025 là 84 tỷ đồng: ngân sách tỉnh hỗ trợ 51 tỷ đồng, ngân sách huyện 29 tỷ đồng.',
      [],
    ],
    ['a change after the colon is no part', 'Thu ngân sách đạt 84 tỷ đồng: tăng 12 tỷ đồng so với năm trước.', []],
  ])('%s', (_name, text, statuses) => {
    expect(verdicts(text)).toEqual(statuses);
  });
});

describe('a later part whose long label opens like the first part’s', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'parts-total')
      .map((f) => f.status);
  const revenue = (total: string, second: string) =>
    `Năm 2024, tổng thu ngân sách trên địa bàn tỉnh Hải Dương đạt ${total} tỷ đồng, gồm thu nội địa 18.250 tỷ đồng và ${second} 2.650 tỷ đồng.`;

  it('warns when the two parts fall short of a total said to consist of them', () => {
    expect(verdicts(revenue('21.300', 'thu từ thuế xuất nhập khẩu hàng hóa'))).toEqual(['warning']);
  });

  it('finds them consistent when they add up', () => {
    expect(verdicts(revenue('20.900', 'thu từ thuế xuất nhập khẩu hàng hóa'))).toEqual(['ok']);
  });

  it('stays silent when the long label opens otherwise', () => {
    expect(verdicts(revenue('21.300', 'riêng khoản thuế xuất nhập khẩu hàng hóa đạt'))).toEqual([]);
  });
});

describe('a total and its parts set out one part a line', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'parts-total')
      .map((f) => f.status);

  it.each([
    [
      'under a line that closes on the total and `gồm:`',
      'Tổng vốn năm 2024 là 900 tỷ đồng, gồm:\n- Vốn tỉnh: 500 tỷ đồng;\n- Vốn huyện: 500 tỷ đồng.',
      ['warning'],
    ],
    ['the same, adding up', 'Tổng vốn năm 2024 là 1.000 tỷ đồng, gồm:\n- Vốn tỉnh: 500 tỷ đồng;\n- Vốn huyện: 500 tỷ đồng.', ['ok']],
    ['under a bare colon the parts may fall short', 'Năm 2024 tỉnh tiếp nhận 1.200 hồ sơ:\n- Hồ sơ đất đai: 500 hồ sơ;\n- Hồ sơ xây dựng: 400 hồ sơ.', []],
    ['…but not pass the total', 'Năm 2024 tỉnh tiếp nhận 800 hồ sơ:\n- Hồ sơ đất đai: 500 hồ sơ;\n- Hồ sơ xây dựng: 400 hồ sơ.', ['warning']],
    [
      'a total line, then its split along one dimension',
      'Kết quả quý III:\n- Tổng số hồ sơ: 1.000 hồ sơ;\n- Giải quyết đúng hạn: 950 hồ sơ;\n- Giải quyết quá hạn: 70 hồ sơ.',
      ['warning'],
    ],
  ])('%s', (_name, text, statuses) => {
    expect(verdicts(text)).toEqual(statuses);
  });

  it.each([
    [
      'lines that are properties of the total, not its parts',
      'Kết quả năm 2024:\n- Tổng số hồ sơ: 1.000 hồ sơ;\n- Hồ sơ đã số hóa: 800 hồ sơ;\n- Hồ sơ trả kết quả điện tử: 700 hồ sơ.',
    ],
    ['a line nesting its own parts', 'Tổng vốn là 1.000 tỷ đồng, gồm:\n- Vốn tỉnh: 600 tỷ đồng, trong đó 100 tỷ đồng vốn vay;\n- Vốn huyện: 400 tỷ đồng.'],
    [
      'a line with two amounts of the unit',
      'Tổng vốn là 1.000 tỷ đồng, gồm:\n- Vốn tỉnh: 600 tỷ đồng, tăng so với năm trước (500 tỷ đồng);\n- Vốn huyện: 500 tỷ đồng.',
    ],
  ])('stays silent: %s', (_name, text) => {
    expect(verdicts(text).filter((s) => s === 'warning')).toEqual([]);
  });
});

describe('a colon’s list closed by `và` and split along one dimension', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'parts-total')
      .map((f) => f.status);

  it('is the whole split, so it must add up', () => {
    expect(verdicts('Năm 2024, tỉnh tiếp nhận 1.000 hồ sơ: 600 hồ sơ trực tuyến và 300 hồ sơ trực tiếp.')).toEqual(['warning']);
  });

  it('is not whole when the sentence goes on to the rest', () => {
    expect(verdicts('Năm 2024, tỉnh tiếp nhận 1.000 hồ sơ: 600 hồ sơ trực tuyến và 300 hồ sơ trực tiếp, còn lại qua bưu chính.')).toEqual([]);
  });
});

describe('items named alike, cut by semicolons, in the sentence after a total with its asides', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'parts-total')
      .map((f) => f.status);
  const revenue = (domestic: string, trade: string) =>
    `Tổng thu ngân sách 9 tháng ước đạt 12.684 tỷ đồng, bằng 78,4% dự toán, tăng 12,3% so với cùng kỳ. Trong đó, thu nội địa đạt ${domestic} tỷ đồng; thu từ hoạt động xuất nhập khẩu đạt ${trade} tỷ đồng.`;

  it('warns when the parts pass the total', () => {
    expect(verdicts(revenue('9.215', '3.962'))).toEqual(['warning']);
  });

  it('finds them consistent when they add up', () => {
    expect(verdicts(revenue('9.215', '3.469'))).toEqual(['ok']);
  });

  it('leaves a semicolon clause named otherwise out of the list', () => {
    expect(verdicts(revenue('9.215', '3.962').replace('thu từ hoạt động', 'riêng hoạt động'))).toEqual([]);
  });
});
