import { describe, expect, it } from 'vitest';
import { partOverWhole } from '../../../utils/checks/part-over-whole';
import { shareOver100 } from '../../../utils/checks/share-over-100';
import { sharesSum } from '../../../utils/checks/shares-sum';
import { checkPage } from '../../../scripts/check-page';
import { percent, ratio, run } from './run-rule';

describe('a share above 100 %', () => {
  it.each([
    ['chiếm', 'Doanh nghiệp nhỏ chiếm 112% tổng số doanh nghiệp.', [percent('112%', 112)], ['warning']],
    ['chiếm tỷ lệ', 'Số hồ sơ trực tuyến chiếm tỷ lệ 100,4%.', [percent('100,4%', 100.4)], ['warning']],
    ['tỷ lệ … đạt', 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 104,5%.', [percent('104,5%', 104.5)], ['warning']],
    ['100% itself is fine', 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.', [percent('100%', 100)], []],
    ['rounding to 100,4 may not pass 100,5', 'Tỷ lệ hồ sơ đúng hạn đạt 100,5%.', [percent('100,5%', 100.5)], ['warning']],
    ['growth', 'Doanh thu tăng 120% so với năm trước.', [percent('120%', 120)], []],
    ['a plan', 'Thu ngân sách đạt 125% kế hoạch.', [percent('125%', 125)], []],
    ['a rate against a plan', 'Tỷ lệ giải ngân đạt 105%.', [percent('105%', 105)], []],
    ['a rate of growth', 'Tỷ lệ tăng trưởng đạt 112%.', [percent('112%', 112)], []],
    ['vượt', 'Kim ngạch xuất khẩu vượt 110%.', [percent('110%', 110)], []],
    [
      'a long description of the rate before đạt',
      'Tỷ lệ người dân trong độ tuổi lao động ở khu vực nông thôn được đào tạo nghề có chứng chỉ trong năm 2024 đạt 103,2%.',
      [percent('103,2%', 103.2)],
      ['warning'],
    ],
    ['of số and the counted noun', 'Đến nay, 101,5% số hộ gia đình đã có điện lưới.', [percent('101,5%', 101.5)], ['warning']],
    ['of the counted noun with no số', 'Có 104% xã đã phủ sóng 4G.', [percent('104%', 104)], ['warning']],
    ['of counted things described in English', 'So far 100.8% of small enterprises have filed their taxes online.', [percent('100.8%', 100.8)], ['warning']],
    ['of an estimate in English', 'The province collected 104.2% of the annual estimate.', [percent('104.2%', 104.2)], []],
    ['of the population', 'By June, 100.9% of the population held a chip-based ID card.', [percent('100.9%', 100.9)], ['warning']],
    ['of dân số', 'Đến nay 102,3% dân số đã tham gia bảo hiểm y tế.', [percent('102,3%', 102.3)], ['warning']],
    ['of the population, against another year', 'The insured were 104% of the population insured last year.', [percent('104%', 104)], []],
    ['of counted things against last year', 'Số doanh nghiệp thành lập mới bằng 112% số doanh nghiệp năm trước.', [percent('112%', 112)], []],
  ])('%s', (_name, text, figures, statuses) => {
    expect(run(shareOver100, text, figures).map((f) => f.status)).toEqual(statuses);
  });
});

describe('a part larger than its whole', () => {
  it.each([
    ['communes', 'Đã có 70/65 xã hoàn thành.', [ratio('70/65 xã', 70, 65, 'xã')], ['warning']],
    ['districts', 'triển khai tại 12/9 huyện, thành phố.', [ratio('12/9 huyện', 12, 9, 'huyện')], ['warning']],
    ['all of them', 'kết nối 65/65 xã.', [ratio('65/65 xã', 65, 65, 'xã')], []],
    ['result over target', 'Chỉ tiêu đạt cao: kết nạp 8.793/6.500 đảng viên.', [ratio('8.793/6.500 đảng viên', 8793, 6500, 'đảng viên')], []],
    ['member unit but a target sentence', 'Vượt chỉ tiêu: 70/65 xã đạt chuẩn nông thôn mới.', [ratio('70/65 xã', 70, 65, 'xã')], []],
  ])('%s', (_name, text, figures, statuses) => {
    expect(run(partOverWhole, text, figures).map((f) => f.status)).toEqual(statuses);
  });
});

describe('shares of one whole that pass 100 %', () => {
  const p = (text: string) => percent(text, Number(text.replace('%', '').replace(',', '.')));
  it.each([
    ['the share verb written once for a list', 'Agriculture accounted for 24.6%, industry 38.9% and services 41.2%.', ['24.6%', '38.9%', '41.2%'], ['warning']],
    ['a structure named before the list', 'Cơ cấu kinh tế: nông nghiệp 24,6%; công nghiệp 38,9%; dịch vụ 41,2%.', ['24,6%', '38,9%', '41,2%'], ['warning']],
    ['on time and late named before each share', 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,4%, trễ hạn 8,2%.', ['93,4%', '8,2%'], ['warning']],
    ['on time and late that fit', 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 93,4%, trễ hạn 6,6%.', ['93,4%', '6,6%'], []],
    ['two rates of one kind for two channels', 'Tỷ lệ đúng hạn của hồ sơ trực tuyến đạt 99%, trực tiếp 97%.', ['99%', '97%'], []],
    [
      'one rate for each level of government',
      'Văn bản được xử lý trên mạng đạt 97,1% đối với cấp tỉnh, 88,4% đối với cấp huyện và 71% đối với cấp xã.',
      ['97,1%', '88,4%', '71%'],
      [],
    ],
    [
      'the whole named once after the first share, the last a share of the rest',
      'Trade made up 52.5% of local output in 2023, manufacturing and mining 30.2%, and farming, forestry and aquaculture 12.4%, with other activities accounting for the remaining 6.1%.',
      ['52.5%', '30.2%', '12.4%', '6.1%'],
      ['warning'],
    ],
    [
      'on time and late, the late ones in a clause of their own with chiếm',
      'Quý II, các sở xử lý đúng hạn 95,2% hồ sơ đến hạn; số hồ sơ trễ hạn đang được xử lý tiếp chiếm 5,3%.',
      ['95,2%', '5,3%'],
      ['warning'],
    ],
    [
      'on time and late in clauses of their own, that fit',
      'Quý II, các sở xử lý đúng hạn 95,2% hồ sơ đến hạn; số hồ sơ trễ hạn đang được xử lý tiếp chiếm 4,8%.',
      ['95,2%', '4,8%'],
      [],
    ],
    ['chiếm tỷ trọng, then chiếm', 'Nông nghiệp chiếm tỷ trọng 21,5%; công nghiệp chiếm 40,2%; dịch vụ chiếm 41,1%.', ['21,5%', '40,2%', '41,1%'], ['warning']],
    [
      'English shares with a verb and no noun of their own',
      'Of all files settled, 96.2% were handled on time and 4.6% were overdue.',
      ['96.2%', '4.6%'],
      ['warning'],
    ],
    ['the same, fitting', 'Of all files settled, 96.2% were handled on time and 3.8% were overdue.', ['96.2%', '3.8%'], []],
    ['two rates of the same side', 'In 2023, 96.2% were handled on time and in 2024 97.1% were handled on time.', ['96.2%', '97.1%'], []],
    ['two rates for two years, no share verb', 'Tỷ lệ đúng hạn năm 2023 là 96%, năm 2024 là 98%.', ['96%', '98%'], []],
    ['a list whose later items change', 'Nông nghiệp chiếm 24,6%, công nghiệp tăng 38,9%.', ['24,6%', '38,9%'], []],
    [
      'a share of the online files, then the on-time rate: two cuts of the files, not one',
      'Trong số đó, 151.307 hồ sơ nộp trực tuyến, chiếm 82,0%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%.',
      ['82,0%', '98,7%'],
      [],
    ],
    ['a later item that names a rate of its own', 'Nông nghiệp chiếm 64,2%, tỷ lệ đô thị hóa đạt 45,1%.', ['64,2%', '45,1%'], []],
    [
      'two named rates that cut the files one way, passing 100 %',
      'Tỷ lệ hồ sơ nộp trực tuyến đạt 47%, tỷ lệ hồ sơ nộp trực tiếp đạt 58%.',
      ['47%', '58%'],
      ['warning'],
    ],
    ['two named rates that cut the files one way, fitting', 'Tỷ lệ hồ sơ nộp trực tuyến đạt 47%, tỷ lệ hồ sơ nộp trực tiếp đạt 53%.', ['47%', '53%'], []],
  ])('%s', (_name, text, shares, statuses) => {
    expect(run(sharesSum, text, shares.map(p)).map((f) => f.status)).toEqual(statuses);
  });
});

describe('shares that point back to the whole before their verb', () => {
  it.each([
    [
      'of them, passing 100 %',
      'The office settled 9,310 dossiers; 95.4% of them were settled on time and 5.3% were overdue.',
      [percent('95.4%', 95.4), percent('5.3%', 5.3)],
      ['warning'],
    ],
    [
      'of them, within 100 %',
      'The office settled 9,310 dossiers; 95.4% of them were settled on time and 4.6% were overdue.',
      [percent('95.4%', 95.4), percent('4.6%', 4.6)],
      [],
    ],
    [
      'trong số đó, passing 100 %',
      'Đã giải quyết 9.310 hồ sơ; 95,4% trong số đó được giải quyết đúng hạn, 5,3% quá hạn.',
      [percent('95,4%', 95.4), percent('5,3%', 5.3)],
      ['warning'],
    ],
    [
      'two rates of two groups are not shares of one whole',
      'Of them, 95.4% were settled on time in the city and 93.1% were settled on time in the districts.',
      [percent('95.4%', 95.4), percent('93.1%', 93.1)],
      [],
    ],
  ])('%s', (_name, text, specs, statuses) => {
    expect(run(sharesSum, text, specs).map((f) => f.status)).toEqual(statuses);
  });
});

describe('a percentage opening the clause after the whole it is taken from', () => {
  it.each([
    ['English, above 100 %', 'Of the applications filed in 2024, 103.2% were approved within ten days.', [percent('103.2%', 103.2)], ['warning']],
    ['Vietnamese, above 100 %', 'Trong số các xã đăng ký về đích nông thôn mới, 108% đã đạt đủ 19 tiêu chí.', [percent('108%', 108)], ['warning']],
    ['within 100 %', 'Of the applications filed in 2024, 93.2% were approved within ten days.', [percent('93.2%', 93.2)], []],
    ['a plan named as the whole is no share', 'Trong số vốn kế hoạch được giao, 108% đã được giải ngân.', [percent('108%', 108)], []],
    ['a change after the whole may pass 100 %', 'Of the exporters in the province, revenue rose 120% this year.', [percent('120%', 120)], []],
  ])('%s', (_name, text, specs, statuses) => {
    expect(run(shareOver100, text, specs).map((f) => f.status)).toEqual(statuses);
  });
});

describe('a structure given one share a line', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'shares-sum')
      .map((f) => f.status);
  const structure = (last: string) =>
    `Cơ cấu lao động có việc làm của tỉnh Nam Định năm 2024:\n- Nông, lâm nghiệp và thủy sản: 28,4%;\n- Công nghiệp và xây dựng: 38,1%;\n- Dịch vụ: ${last};\nThu nhập bình quân đạt 7,1 triệu đồng/tháng.`;

  it('warns when the lines pass 100 %', () => {
    expect(verdicts(structure('39,6%'))).toEqual(['warning']);
  });

  it('says nothing when they make 100 %', () => {
    expect(verdicts(structure('33,5%'))).toEqual([]);
  });

  it('stays silent when the heading does not call it a structure', () => {
    expect(verdicts(structure('39,6%').replace('Cơ cấu lao động có việc làm', 'Tốc độ tăng năng suất lao động'))).toEqual([]);
  });
});
