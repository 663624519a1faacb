import { describe, expect, it } from 'vitest';
import { countPercent } from '../../../utils/checks/count-percent';
import { ratioPercent } from '../../../utils/checks/ratio-percent';
import { checkPage } from '../../../scripts/check-page';
import { count, money, percent, ratio, run } from './run-rule';

const hs = (n: string) => count(`${n} hồ sơ`, Number(n.replace(/\./g, '')), 'hồ sơ');

describe('a count of a total and its percentage', () => {
  it.each([
    [
      '(đạt X%) with the total named after',
      'Số trả đúng hẹn là 19.255 hồ sơ (đạt 96,55%), tổng số tới hạn là 19.944 hồ sơ.',
      [hs('19.255'), percent('96,55%', 96.55), hs('19.944')],
      'ok',
    ],
    [
      'two decimals allow ±0,005',
      'Số trả đúng hẹn là 19.255 hồ sơ (đạt 96,56%), tổng số tới hạn là 19.944 hồ sơ.',
      [hs('19.255'), percent('96,56%', 96.56), hs('19.944')],
      'warning',
    ],
    [
      'one decimal allows ±0,05',
      'Số trả đúng hẹn là 19.255 hồ sơ (đạt 96,5%), tổng số tới hạn là 19.944 hồ sơ.',
      [hs('19.255'), percent('96,5%', 96.5), hs('19.944')],
      'ok',
    ],
    [
      'no decimals allow ±0,5',
      'cung cấp 1.671 thủ tục, trong đó có 1.100 thủ tục mức độ 3, 4 (66%).',
      [count('1.671 thủ tục', 1671, 'thủ tục'), count('1.100 thủ tục', 1100, 'thủ tục'), percent('66%', 66)],
      'ok',
    ],
    [
      'no decimals, off by more',
      'cung cấp 1.671 thủ tục, trong đó có 1.100 thủ tục mức độ 3, 4 (67%).',
      [count('1.671 thủ tục', 1671, 'thủ tục'), count('1.100 thủ tục', 1100, 'thủ tục'), percent('67%', 67)],
      'warning',
    ],
    ['chiếm after a comma', 'Trong tổng số 2.400 hồ sơ, có 600 hồ sơ trễ hạn, chiếm 25%.', [hs('2.400'), hs('600'), percent('25%', 25)], 'ok'],
    [
      'money with chiếm is a share',
      'Tổng thu 12.500 tỷ đồng, trong đó thu nội địa 10.200 tỷ đồng, chiếm 90%.',
      [money('12.500 tỷ đồng', 1.25e13), money('10.200 tỷ đồng', 1.02e13), percent('90%', 90)],
      'warning',
    ],
    ['percentage first, count in brackets', 'chiếm 30% (450 hồ sơ) trong tổng số 1.200 hồ sơ.', [percent('30%', 30), hs('450'), hs('1.200')], 'warning'],
    ['the whole of a place (cả tỉnh có)', 'Cả tỉnh có 1.200 hồ sơ; đã số hóa 600 hồ sơ, chiếm 55%.', [hs('1.200'), hs('600'), percent('55%', 55)], 'warning'],
    ['the whole of a place, consistent', 'Toàn tỉnh hiện có 1.200 hồ sơ; đã số hóa 600 hồ sơ, chiếm 50%.', [hs('1.200'), hs('600'), percent('50%', 50)], 'ok'],
    [
      'of the whole, then the part',
      'Of the 800 firms surveyed, 200 said they filed online, or 30%.',
      [count('800 firms', 800, 'firms'), count('200 said they filed online', 200, 'online'), percent('30%', 30)],
      'warning',
    ],
    [
      'a total named with a long label before it',
      'Tổng số cán bộ, công chức cấp xã toàn huyện là 640 người; số có trình độ đại học 512 người, chiếm 85%.',
      [count('640 người', 640, 'người'), count('512 người', 512, 'người'), percent('85%', 85)],
      'warning',
    ],
    [
      'the whole written right after the share',
      'Năm nay huyện cấp 3.150 giấy phép xây dựng, chiếm 60% trong tổng số 5.000 giấy phép.',
      [count('3.150 giấy phép xây dựng', 3150, 'giấy phép xây dựng'), percent('60%', 60), count('5.000 giấy phép', 5000, 'giấy phép')],
      'warning',
    ],
    [
      'the whole after "or z% of the" in English',
      'The hospital treated 2,400 patients as outpatients, or 80% of the 3,000 patients it admitted.',
      [count('2,400 patients', 2400, 'patients'), percent('80%', 80), count('3,000 patients', 3000, 'patients')],
      'ok',
    ],
    [
      'the number of those things that did something, after a semicolon',
      'Quý I, các xã tiếp nhận 4.000 đơn thư; số đơn thư đã được giải quyết dứt điểm là 3.000 đơn thư, chiếm 80%.',
      [count('4.000 đơn thư', 4000, 'đơn thư'), count('3.000 đơn thư', 3000, 'đơn thư'), percent('80%', 80)],
      'warning',
    ],
  ])('%s', (_name, text, figures, status) => {
    expect(run(countPercent, text, figures).map((f) => f.status)).toEqual([status]);
  });

  it.each([
    [
      'no whole named in the sentence',
      'Tháng 8 nhận 19.630 hồ sơ. Số trả đúng hẹn là 19.255 hồ sơ (đạt 96,55%).',
      [hs('19.630'), hs('19.255'), percent('96,55%', 96.55)],
    ],
    ['a share of a plan', 'tổng thu ngân sách là 1.573,1 tỷ đồng, đạt 11,5% dự toán năm.', [money('1.573,1 tỷ đồng', 1.5731e12), percent('11,5%', 11.5)]],
    [
      'money reaching a plan the page leaves unsaid',
      'Tổng thu 12.500 tỷ đồng, trong đó thu nội địa 10.200 tỷ đồng (đạt 102%).',
      [money('12.500 tỷ đồng', 1.25e13), money('10.200 tỷ đồng', 1.02e13), percent('102%', 102)],
    ],
    ['a whole that is a plan', 'Đã có 5.000 hồ sơ (chiếm 95%), tổng số dự kiến cả năm 6.000 hồ sơ.', [hs('5.000'), percent('95%', 95), hs('6.000')]],
    ['a place with no whole verb', 'Cả tỉnh đón 1.200 hồ sơ; đã số hóa 600 hồ sơ, chiếm 55%.', [hs('1.200'), hs('600'), percent('55%', 55)]],
    [
      'of the whole, with another figure between',
      'Of the 800 firms surveyed, 120 staff and 200 firms said so, or 30%.',
      [count('800 firms', 800, 'firms'), count('120 staff', 120, 'staff'), count('200 firms', 200, 'firms'), percent('30%', 30)],
    ],
    [
      'a growth rate',
      'tổng số 20.000 lượt khách, trong đó 4.000 lượt khách quốc tế, tăng 25%.',
      [count('20.000 lượt khách', 20000, 'lượt khách'), count('4.000 lượt khách', 4000, 'lượt khách'), percent('25%', 25)],
    ],
    [
      'the number of other things after a semicolon',
      'Quý I, các xã tiếp nhận 4.000 đơn thư; số hộ được hỗ trợ là 3.000 hộ, chiếm 80%.',
      [count('4.000 đơn thư', 4000, 'đơn thư'), count('3.000 hộ', 3000, 'hộ'), percent('80%', 80)],
    ],
  ])('stays silent: %s', (_name, text, figures) => {
    expect(run(countPercent, text, figures)).toEqual([]);
  });

  it('each item of a list in the next sentence against the total that closed the sentence before', () => {
    const text = 'Toàn huyện có 20.000 hộ. Trong đó, số hộ nghèo là 1.000 hộ, chiếm 5%; hộ cận nghèo 800 hộ, chiếm 8%.';
    const figures = [count('20.000 hộ', 20000, 'hộ'), count('1.000 hộ', 1000, 'hộ'), percent('5%', 5), count('800 hộ', 800, 'hộ'), percent('8%', 8)];
    expect(run(countPercent, text, figures).map((f) => f.status)).toEqual(['ok', 'warning']);
  });
});

describe('a ratio and its percentage', () => {
  it.each([
    [
      'after a comma with đạt',
      'tỷ lệ 431.172 máy/596.049 dân, đạt 72,34%.',
      [ratio('431.172 máy/596.049 dân', 431172, 596049, 'máy'), percent('72,34%', 72.34)],
      'ok',
    ],
    [
      'off in the second decimal',
      'tỷ lệ 431.172 máy/596.049 dân, đạt 72,35%.',
      [ratio('431.172 máy/596.049 dân', 431172, 596049, 'máy'), percent('72,35%', 72.35)],
      'warning',
    ],
    ['in brackets', 'kết nối 65/65 xã (100%).', [ratio('65/65 xã', 65, 65, 'xã'), percent('100%', 100)], 'ok'],
    ['after the other unit names', 'đã phủ 188/200 xã, phường, thị trấn, đạt 94%.', [ratio('188/200 xã', 188, 200, 'xã'), percent('94%', 94)], 'ok'],
    [
      'a clause about the counted units, share in brackets',
      'Đã có 60/65 xã kết nối mạng diện rộng của tỉnh (đạt 95%).',
      [ratio('60/65 xã', 60, 65, 'xã'), percent('95%', 95)],
      'warning',
    ],
    [
      'a phrasal verb is no change',
      'By June, 41 of the 45 communes had set up digital teams (97.8%).',
      [ratio('41 of the 45 communes', 41, 45, 'communes'), percent('97.8%', 97.8)],
      'warning',
    ],
    ['percentage first', 'có 100% số xã (60/65 xã) hoàn thành.', [percent('100%', 100), ratio('60/65 xã', 60, 65, 'xã')], 'warning'],
    [
      'a clause about the counted things, then the share after a comma',
      '57/64 trường đã triển khai học bạ số, đạt tỷ lệ 79,1%.',
      [ratio('57/64 trường', 57, 64, 'trường'), percent('79,1%', 79.1)],
      'warning',
    ],
    [
      'a long clause about what the counted things did, then the share after a comma',
      'Đến cuối năm, 52/60 bệnh viện công lập trên địa bàn đã triển khai bệnh án điện tử cho toàn bộ người bệnh nội trú, đạt tỷ lệ 91,7%.',
      [ratio('52/60 bệnh viện', 52, 60, 'bệnh viện'), percent('91,7%', 91.7)],
      'warning',
    ],
    [
      'a long English clause, then the share after or',
      'By March, 36/40 secondary schools had connected their classrooms to the national learning platform, or 90 percent of them.',
      [ratio('36/40 secondary schools', 36, 40, 'secondary schools'), percent('90 percent', 90)],
      'ok',
    ],
    [
      'the percentage of the noun the ratio in brackets counts',
      'Có 89,1% trường đã triển khai học bạ số (57 trong tổng số 64 trường).',
      [percent('89,1%', 89.1), ratio('57 trong tổng số 64 trường', 57, 64, 'trường')],
      'ok',
    ],
    [
      'the share after a comma named only as the rate (tỷ lệ)',
      'Đến hết năm 2023, 41/55 xã của tỉnh đã có nhà văn hóa đạt chuẩn, tỷ lệ 78,2%.',
      [ratio('41/55 xã', 41, 55, 'xã'), percent('78,2%', 78.2)],
      'warning',
    ],
    [
      'the share after a comma named only as the rate (tỷ lệ), right',
      'Đến hết năm 2023, 41/55 xã của tỉnh đã có nhà văn hóa đạt chuẩn, tỷ lệ 74,5%.',
      [ratio('41/55 xã', 41, 55, 'xã'), percent('74,5%', 74.5)],
      'ok',
    ],
    [
      'a long description listing the kinds counted, then đạt tỷ lệ',
      'Đến nay, 402/437 trường mầm non, tiểu học, trung học cơ sở và trung học phổ thông đạt chuẩn quốc gia, đạt tỷ lệ 87,1%.',
      [ratio('402/437 trường', 402, 437, 'trường'), percent('87,1%', 87.1)],
      'warning',
    ],
    [
      'what the units did at length, then a rate of',
      'By October, 187/204 communes, wards and townships had connected their one-stop units to the provincial information system, a rate of 91.7%.',
      [ratio('187/204 communes', 187, 204, 'communes'), percent('91.7%', 91.7)],
      'ok',
    ],
    [
      'a bar the counted things clear, read past to the share',
      '18/20 sở có mức độ hài lòng từ 90% trở lên, chiếm 80% số cơ quan được đánh giá.',
      [ratio('18/20 sở', 18, 20, 'sở'), percent('90%', 90), percent('80%', 80)],
      'warning',
    ],
    [
      'a lower bound the counted things clear, read past to the share',
      '27/30 hospitals had at least 95% of patients paying without cash, or 90% of all hospitals.',
      [ratio('27/30 hospitals', 27, 30, 'hospitals'), percent('95%', 95, { qualifier: 'at least' }), percent('90%', 90)],
      'ok',
    ],
    [
      'the next sentence opens on the things the ratio counted, then chiếm',
      'Có 27/41 chủ đầu tư giải ngân trên mức bình quân. Số chủ đầu tư này chiếm 56,9% tổng số đơn vị được giao vốn.',
      [ratio('27/41 chủ đầu tư', 27, 41, 'chủ đầu tư'), percent('56,9%', 56.9)],
      'warning',
    ],
    [
      'these …, account for, in English',
      '23/31 wards kept their one-stop desks open on weekends. These wards account for 74.2% of all wards in the city.',
      [ratio('23/31 wards', 23, 31, 'wards'), percent('74.2%', 74.2)],
      'ok',
    ],
  ])('%s', (_name, text, figures, status) => {
    expect(run(ratioPercent, text, figures).map((f) => f.status)).toEqual([status]);
  });

  it.each([
    [
      'a threshold about something else',
      'Gia Lai là 1 trong 8 địa phương tăng trưởng chưa như kỳ vọng (dưới 8%).',
      [ratio('1 trong 8 địa phương', 1, 8, 'địa phương'), percent('8%', 8)],
    ],
    [
      'a percentage of another subject after a semicolon',
      'thuộc 188/188 xã, với 5.324 thành viên; 100% dịch vụ công đủ điều kiện.',
      [ratio('188/188 xã', 188, 188, 'xã'), count('5.324 thành viên', 5324, 'thành viên'), percent('100%', 100)],
    ],
    [
      'a bracketed share after a clause about money',
      'Đã có 60/65 xã giải ngân vốn sự nghiệp (đạt 80%).',
      [ratio('60/65 xã', 60, 65, 'xã'), percent('80%', 80)],
    ],
    [
      'results over targets',
      'tỷ lệ xã đạt chuẩn 83,2%/50% tổng số xã; 5/9 huyện có tỷ lệ này dưới 3%.',
      [percent('83,2%', 83.2), percent('50%', 50), ratio('5/9 huyện', 5, 9, 'huyện'), percent('3%', 3)],
    ],
    [
      'a clause about money before the comma',
      '57/64 trường đã giải ngân vốn sửa chữa, đạt 79,1%.',
      [ratio('57/64 trường', 57, 64, 'trường'), percent('79,1%', 79.1)],
    ],
    [
      'a percentage of another noun before the bracket',
      'Có 79,1% giáo viên đã được tập huấn (57 trong tổng số 64 trường).',
      [percent('79,1%', 79.1), ratio('57 trong tổng số 64 trường', 57, 64, 'trường')],
    ],
    [
      'a long description, then the rate of something else',
      '27/41 chủ đầu tư, ban quản lý dự án đã hoàn thiện hồ sơ thanh toán, tỷ lệ giải ngân đạt 60%.',
      [ratio('27/41 chủ đầu tư', 27, 41, 'chủ đầu tư'), percent('60%', 60)],
    ],
    [
      'a long description about money before the share clause',
      '48/52 xã, phường đã hoàn thành giải ngân vốn chương trình mục tiêu quốc gia năm 2024, đạt 80%.',
      [ratio('48/52 xã', 48, 52, 'xã'), percent('80%', 80)],
    ],
    [
      'the next sentence is about other things',
      '23/31 wards kept their desks open on weekends. Online filings account for 64.2% of all dossiers.',
      [ratio('23/31 wards', 23, 31, 'wards'), percent('64.2%', 64.2)],
    ],
  ])('stays silent: %s', (_name, text, figures) => {
    expect(run(ratioPercent, text, figures)).toEqual([]);
  });
});

describe('a share stated a clause away from what it counts, read from the page', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'count-percent' || f.rule === 'ratio-percent')
      .map((f) => f.status);

  it.each([
    [
      'a count taken `of them` from the count before, its share named as a kind of rate',
      'Dak Lak trained 9,400 farmers in organic methods last year and 7,050 of them have switched their fields, an adoption rate of 81.5 percent.',
      ['warning'],
    ],
    [
      'the same, right',
      'Dak Lak trained 9,400 farmers in organic methods last year and 7,050 of them have switched their fields, an adoption rate of 75 percent.',
      ['ok'],
    ],
    [
      'a ratio, then a clause, then `which represents`',
      'By June, 57/240 schools had installed solar panels, which represents roughly 34% of them.',
      ['warning'],
    ],
    ['the same, right', 'By June, 57/240 schools had installed solar panels, which represents roughly 24% of them.', ['ok']],
    ['a ratio, then `a rate of` and a hedge', 'Đến nay 18/25 xã đã số hóa hồ sơ địa chính, tức là đạt gần 82%.', ['warning']],
    [
      'a `Trong đó` count far from its total, with a hedged share',
      'Năm 2024 toàn tỉnh có 2.460 hộ được vay vốn ưu đãi từ nhiều nguồn khác nhau. Trong đó, 730 hộ là hộ đồng bào dân tộc thiểu số, chiếm hơn 39% số hộ được vay.',
      ['warning'],
    ],
    [
      'the same, right',
      'Năm 2024 toàn tỉnh có 2.460 hộ được vay vốn ưu đãi từ nhiều nguồn khác nhau. Trong đó, 730 hộ là hộ đồng bào dân tộc thiểu số, chiếm hơn 29% số hộ được vay.',
      ['ok'],
    ],
  ])('%s', (_name, text, statuses) => {
    expect(verdicts(text)).toEqual(statuses);
  });

  it.each([
    ['a change in the clause', 'By June, 57/240 schools had installed solar panels, which is up 34% on last year.'],
    ['more words than a verb of share after the comma', 'By June, 57/240 schools had installed solar panels, and the share of solar power was 34%.'],
  ])('stays silent: %s', (_name, text) => {
    expect(verdicts(text)).toEqual([]);
  });
});

describe('a share that names the noun of its whole, given for the whole place before', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'count-percent')
      .map((f) => ({ status: f.status, items: f.items }));

  it.each([
    [
      'the place named between its scope and its verb, wrong share',
      'Toàn xã Tân Lập (Mộc Châu) có 2.400 hộ. Năm 2024, xã còn 312 hộ nghèo, chiếm 18% tổng số hộ.',
      [{ status: 'warning', items: ['2.400 hộ', '312 hộ nghèo', '18%'] }],
    ],
    [
      'right share',
      'Toàn xã Tân Lập (Mộc Châu) có 2.400 hộ. Năm 2024, xã còn 312 hộ nghèo, chiếm 13% tổng số hộ.',
      [{ status: 'ok', items: ['2.400 hộ', '312 hộ nghèo', '13%'] }],
    ],
    [
      'English',
      'The commune has 2,400 households. In 2024, 312 poor households remained, or 18% of all households.',
      [{ status: 'warning', items: ['2,400 households', '312 poor households', '18%'] }],
    ],
    [
      'a count not given for the whole place is not guessed to be the whole',
      'Năm 2023 xã hỗ trợ 2.400 hộ. Năm 2024, xã còn 312 hộ nghèo, chiếm 18% tổng số hộ.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
});
