import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction/extract';
import { figuresOf } from './helpers';

type Row = [string, Array<Record<string, unknown>>];

describe('percent', () => {
  it.each<Row>([
    ['Tỷ lệ hồ sơ trực tuyến đạt 87,5% trong quý.', [{ kind: 'percent', value: 87.5, text: '87,5%' }]],
    ['Tỷ lệ trễ hạn còn 2,04 % so với kỳ trước.', [{ kind: 'percent', value: 2.04, text: '2,04 %' }]],
    [
      'Doanh thu tăng 12% và lợi nhuận giảm 3%.',
      [
        { kind: 'percent', value: 12, text: '12%' },
        { kind: 'percent', value: 3, text: '3%' },
      ],
    ],
    [
      'Mục tiêu tăng trưởng 7-8% mỗi năm.',
      [
        { kind: 'percent', value: 7, text: '7-8%' },
        { kind: 'percent', value: 8, text: '8%' },
      ],
    ],
    [
      'Phấn đấu tăng từ 6 - 8 % mỗi năm.',
      [
        { kind: 'percent', value: 6, text: '6 - 8 %' },
        { kind: 'percent', value: 8, text: '8 %' },
      ],
    ],
    ['Online payments reached 64.25% of transactions.', [{ kind: 'percent', value: 64.25, text: '64.25%' }]],
    ['Tỷ trọng công nghiệp tăng 1,7 điểm phần trăm.', [{ kind: 'percent', value: 1.7, text: '1,7 điểm phần trăm' }]],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));

  it('leaves 100% alone on its line (a zoom control)', () => {
    expect(figuresOf('Cỡ chữ\n100%\nBài viết mới')).toEqual([]);
  });

  it('keeps percentages in table cells read one a line', () => {
    expect(figuresOf('Mức 4\n1665\n100%\nMức 3\n412\n62,5%')).toEqual([
      { kind: 'percent', value: 100, text: '100%' },
      { kind: 'percent', value: 62.5, text: '62,5%' },
    ]);
  });
});

describe('rank', () => {
  it.each<Row>([
    ['Bình Định xếp thứ 12/63 tỉnh, thành.', [{ kind: 'rank', value: 12, of: 63, text: 'thứ 12/63' }]],
    ['Năm nay tỉnh đứng thứ 4 toàn quốc.', [{ kind: 'rank', value: 4, text: 'thứ 4' }]],
    ['Huyện xếp thứ 3 trên 9 huyện, thị.', [{ kind: 'rank', value: 3, of: 9, text: 'thứ 3 trên 9' }]],
    [
      'Tỉnh vươn từ vị trí 40 lên vị trí 22.',
      [
        { kind: 'rank', value: 40, text: '40' },
        { kind: 'rank', value: 22, text: '22' },
      ],
    ],
    ['Bảng tổng sắp ghi hạng 6/34.', [{ kind: 'rank', value: 6, of: 34, text: '6/34' }]],
    ['Tỉnh giữ vị trí số 1 bảng xếp hạng.', [{ kind: 'rank', value: 1, text: 'số 1' }]],
    ['Thành phố lọt top 5 địa phương dẫn đầu.', [{ kind: 'rank', value: 5, text: 'top 5' }]],
    ['The city ranked 9th out of 63 localities.', [{ kind: 'rank', value: 9, of: 63, text: '9th out of 63' }]],
    ['Its economy pillar came 21st nationwide.', [{ kind: 'rank', value: 21, text: '21st' }]],
    ['It was 8th in the PAPI index.', [{ kind: 'rank', value: 8, text: '8th' }]],
    ['The city is ranked No. 2 for online services.', [{ kind: 'rank', value: 2, text: '2' }]],
    ['Da Nang remained No. 1 in the e-government ranking.', [{ kind: 'rank', value: 1, text: '1' }]],
    ['It is the No. 1 destination of the region.', [{ kind: 'rank', value: 1, text: '1' }]],
    ['Item No. 4 on the agenda was postponed.', []],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('rank set beside another place', () => {
  it.each<Row>([
    [
      'Năm nay tỉnh tăng 4 bậc so với năm trước (thứ 27).',
      [
        { kind: 'rank_change', value: 4, text: 'tăng 4 bậc' },
        { kind: 'rank', value: 27, text: 'thứ 27' },
      ],
    ],
    [
      'Chỉ số PAPI của huyện đi từ thứ 31 lên thứ 12.',
      [
        { kind: 'rank', value: 31, text: 'thứ 31' },
        { kind: 'rank', value: 12, text: 'thứ 12' },
      ],
    ],
    [
      'Kết quả năm 2021 (thứ 40/63) thấp hơn năm 2023 (thứ 18/63).',
      [
        { kind: 'rank', value: 40, of: 63, text: 'thứ 40/63' },
        { kind: 'rank', value: 18, of: 63, text: 'thứ 18/63' },
      ],
    ],
    [
      'Chỉ số SIPAS tụt từ thứ 5 xuống thứ 9.',
      [
        { kind: 'rank', value: 5, text: 'thứ 5' },
        { kind: 'rank', value: 9, text: 'thứ 9' },
      ],
    ],
    ['Bộ phận tiếp dân làm việc từ thứ 2 đến thứ 6.', []],
    [
      'Chỉ số SIPAS đi từ hạng 22 lên hạng 8.',
      [
        { kind: 'rank', value: 22, text: '22' },
        { kind: 'rank', value: 8, text: '8' },
      ],
    ],
    ['Bệnh viện Đa khoa tỉnh (hạng 1) tiếp nhận bệnh nhân.', []],
    ['Buổi đối thoại ngày 14/10/2024 (thứ 2) tại hội trường.', []],
    ['Kỳ họp khai mạc (thứ 4, ngày 9/7).', []],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('a place written past the end of its ranking', () => {
  it.each<Row>([
    ['Báo cáo ghi tỉnh xếp thứ 68/63 tỉnh, thành.', [{ kind: 'rank', value: 68, of: 63, text: 'thứ 68/63' }]],
    ['The report has the province ranked 71st out of 63 localities.', [{ kind: 'rank', value: 71, of: 63, text: '71st out of 63' }]],
  ])('is kept as written so the checks can flag it: %s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('a place spelled out in English', () => {
  it.each<Row>([
    ['The province ranked first nationwide in the e-government index.', [{ kind: 'rank', value: 1, text: 'first' }]],
    [
      'Quang Ninh came second in the index and Da Nang ranked third.',
      [
        { kind: 'rank', value: 2, text: 'second' },
        { kind: 'rank', value: 3, text: 'third' },
      ],
    ],
    ['In the first place, the second phase of the plan is behind schedule.', []],
    ['The city ranked fourth out of 34 provinces.', [{ kind: 'rank', value: 4, of: 34, text: 'fourth out of 34' }]],
    [
      'The province ranked 15th of 63 provinces and came 4th among the 34 new ones.',
      [
        { kind: 'rank', value: 15, of: 63, text: '15th of 63' },
        { kind: 'rank', value: 4, of: 34, text: '4th among the 34' },
      ],
    ],
    ['The fair opened on the 5th of May.', []],
    [
      'The city was ranked 11th in 2024, up from 19th a year earlier.',
      [
        { kind: 'rank', value: 11, text: '11th' },
        { kind: 'rank', value: 19, text: '19th' },
      ],
    ],
    [
      'The district rose four spots in the PAPI, from 31st to 27th.',
      [
        { kind: 'rank_change', value: 4, text: 'rose four spots' },
        { kind: 'rank', value: 31, text: '31st' },
        { kind: 'rank', value: 27, text: '27th' },
      ],
    ],
    [
      'It came 14th this year, down two places from 12th.',
      [
        { kind: 'rank', value: 14, text: '14th' },
        { kind: 'rank_change', value: -2, text: 'down two places' },
        { kind: 'rank', value: 12, text: '12th' },
      ],
    ],
    ['Output grew steadily from 1st to 3rd quarter.', []],
    ['Delegates arrived from 3rd Street and from 5th Avenue.', []],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('a bare pair after a ranking word', () => {
  it.each<Row>([
    ['Thứ hạng chỉ số năm 2024 của tỉnh là 14/63.', [{ kind: 'rank', value: 14, of: 63, text: '14/63' }]],
    ['Kết quả xếp hạng 2022 (23/63) được cải thiện.', [{ kind: 'rank', value: 23, of: 63, text: '23/63' }]],
    ['The 2024 ranking put the province at 9/63 overall.', [{ kind: 'rank', value: 9, of: 63, text: '9/63' }]],
    ['Bảng xếp hạng công bố ngày 12/10 tại Hà Nội.', []],
    ['Theo xếp hạng, hồ sơ số 12/63 được tiếp nhận.', []],
    ['Kết quả xếp hạng năm 2023 được công bố.', []],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('English ordinal before a superlative', () => {
  it.each<Row>([
    ['Its PCI score was the 4th highest among northern provinces.', [{ kind: 'rank', value: 4, text: '4th' }]],
    ['Preparing for the 4th Industrial Revolution brings the largest changes.', []],
    ['Her 30th birthday party was the best.', []],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('rank change', () => {
  it.each<Row>([
    ['So với năm trước, tỉnh tăng 9 bậc.', [{ kind: 'rank_change', value: 9, text: 'tăng 9 bậc' }]],
    ['Chỉ số thành phần giảm 2 bậc.', [{ kind: 'rank_change', value: -2, text: 'giảm 2 bậc' }]],
    ['Huyện tụt 5 hạng trên bảng tổng sắp.', [{ kind: 'rank_change', value: -5, text: 'tụt 5 hạng' }]],
    ['Chỉ số thành phần lùi 7 bậc.', [{ kind: 'rank_change', value: -7, text: 'lùi 7 bậc' }]],
    ['The province moved up 3 places this year.', [{ kind: 'rank_change', value: 3, text: 'moved up 3 places' }]],
    ['It dropped 4 places on the index.', [{ kind: 'rank_change', value: -4, text: 'dropped 4 places' }]],
    [
      'The city rose 11 spots, its sub-index slipped 2 positions.',
      [
        { kind: 'rank_change', value: 11, text: 'rose 11 spots' },
        { kind: 'rank_change', value: -2, text: 'slipped 2 positions' },
      ],
    ],
    ['The province moved up three places on the PCI table.', [{ kind: 'rank_change', value: 3, text: 'moved up three places' }]],
    [
      'Its score fell one place while Hue climbed seven spots.',
      [
        { kind: 'rank_change', value: -1, text: 'fell one place' },
        { kind: 'rank_change', value: 7, text: 'climbed seven spots' },
      ],
    ],
    ['Two places in the district were named heritage sites.', []],
    [
      'Tỉnh thăng hạng 6 bậc, còn huyện tụt hạng 3 bậc.',
      [
        { kind: 'rank_change', value: 6, text: 'thăng hạng 6 bậc' },
        { kind: 'rank_change', value: -3, text: 'tụt hạng 3 bậc' },
      ],
    ],
    [
      'Chỉ số PAPI cải thiện 8 bậc, PCI nhảy vọt 15 bậc.',
      [
        { kind: 'rank_change', value: 8, text: 'cải thiện 8 bậc' },
        { kind: 'rank_change', value: 15, text: 'nhảy vọt 15 bậc' },
      ],
    ],
    [
      'The city rose by 6 places while its neighbour fell by 3 spots.',
      [
        { kind: 'rank_change', value: 6, text: 'rose by 6 places' },
        { kind: 'rank_change', value: -3, text: 'fell by 3 spots' },
      ],
    ],
    ['Its PAPI score improved 5 places on last year.', [{ kind: 'rank_change', value: 5, text: 'improved 5 places' }]],
    ['Chỉ số hài lòng cải thiện 4% so với năm trước.', [{ kind: 'percent', value: 4, text: '4%' }]],
    ['Visitors walked up three floors to the gallery.', []],
    ['Tỉnh tăng hai bậc so với năm trước.', []],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('ratio', () => {
  it.each<Row>([
    ['Đã có 41/47 xã hoàn thành tiêu chí.', [{ kind: 'ratio', value: 41, of: 47, unit: 'xã', text: '41/47 xã' }]],
    ['Tỉnh đạt 5/8 chỉ tiêu đề ra.', [{ kind: 'ratio', value: 5, of: 8, unit: 'chỉ tiêu', text: '5/8 chỉ tiêu' }]],
    [
      'Có 210.300 thuê bao/402.000 dân dùng điện thoại thông minh.',
      [{ kind: 'ratio', value: 210300, of: 402000, unit: 'thuê bao', text: '210.300 thuê bao/402.000 dân' }],
    ],
    ['Vốn huy động gấp 3 lần năm trước.', [{ kind: 'ratio', value: 3, text: 'gấp 3 lần' }]],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));

  it('reads "achieved/target" with the larger first as the achieved amount', () => {
    expect(figuresOf('Kết nạp 2.150/2.000 đảng viên, thu 9.870/9.000 tỷ đồng.')).toEqual([
      { kind: 'count', value: 2150, unit: 'đảng viên', text: '2.150/2.000 đảng viên' },
      { kind: 'money', value: 9870e9, unit: 'VND', text: '9.870/9.000 tỷ đồng' },
    ]);
  });

  it.each<Row>([
    ['So far 142 of 142 communes have fibre broadband.', [{ kind: 'ratio', value: 142, of: 142, unit: 'communes', text: '142 of 142 communes' }]],
    ['Some 38 out of 63 provinces filed their reports.', [{ kind: 'ratio', value: 38, of: 63, unit: 'provinces', text: '38 out of 63 provinces' }]],
    ['Only 9 of the 34 provinces met the deadline.', [{ kind: 'ratio', value: 9, of: 34, unit: 'provinces', text: '9 of the 34 provinces' }]],
    ['Huyện có 17 trong tổng số 21 xã đạt chuẩn.', [{ kind: 'ratio', value: 17, of: 21, unit: 'xã', text: '17 trong tổng số 21 xã' }]],
    ['Đã có 6 trong 9 phường hoàn thành.', [{ kind: 'ratio', value: 6, of: 9, unit: 'phường', text: '6 trong 9 phường' }]],
    ['Decree 13 of 2023 sets out the rules.', []],
  ])('reads a part and its whole in words: %s', (text, expected) => expect(figuresOf(text)).toEqual(expected));

  it('keeps a part larger than a fixed whole as the ratio written', () => {
    expect(figuresOf('Báo cáo ghi 52/48 xã đạt chuẩn.')).toEqual([{ kind: 'ratio', value: 52, of: 48, unit: 'xã', text: '52/48 xã' }]);
  });

  it('is no figure without a noun after it', () => {
    expect(figuresOf('Lịch trực 24/7 của tổ hỗ trợ.')).toEqual([]);
  });
});

describe('count', () => {
  it.each<Row>([
    ['Bộ phận một cửa nhận 23.510 hồ sơ.', [{ kind: 'count', value: 23510, unit: 'hồ sơ', text: '23.510 hồ sơ' }]],
    ['Huyện có 42 nghìn hộ dân.', [{ kind: 'count', value: 42000, unit: 'hộ dân', text: '42 nghìn hộ dân' }]],
    ['Tỉnh có 2,4 triệu người.', [{ kind: 'count', value: 2400000, unit: 'người', text: '2,4 triệu người' }]],
    ['Thành phố có 2 triệu 450 nghìn dân.', [{ kind: 'count', value: 2450000, unit: 'dân', text: '2 triệu 450 nghìn dân' }]],
    ['Đón 8,6 triệu lượt khách du lịch.', [{ kind: 'count', value: 8600000, unit: 'lượt khách', text: '8,6 triệu lượt khách' }]],
    ['Xã cách trung tâm 12km về phía tây.', [{ kind: 'count', value: 12, unit: 'km', text: '12km' }]],
    ['The city handled 2.7 million online applications.', [{ kind: 'count', value: 2700000, unit: 'applications', text: '2.7 million online applications' }]],
    ['More than 1,850 households joined.', [{ kind: 'count', value: 1850, unit: 'households', text: '1,850 households' }]],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));

  it.each<Row>([
    ['Ngân hàng xử lý 86.300 giao dịch chuyển khoản trong tháng.', [{ kind: 'count', value: 86300, unit: 'giao dịch', text: '86.300 giao dịch' }]],
    ['Sở triển khai 14 gói hỗ trợ doanh nghiệp.', [{ kind: 'count', value: 14, unit: 'gói hỗ trợ', text: '14 gói hỗ trợ' }]],
    [
      'Hội đồng công nhận 57 sáng kiến và 9 đề tài cấp tỉnh.',
      [
        { kind: 'count', value: 57, unit: 'sáng kiến', text: '57 sáng kiến' },
        { kind: 'count', value: 9, unit: 'đề tài', text: '9 đề tài' },
      ],
    ],
    ['Huyện hỗ trợ xây 230 căn nhà cho hộ nghèo.', [{ kind: 'count', value: 230, unit: 'căn nhà', text: '230 căn nhà' }]],
    ['Khu công nghiệp thu hút 3.120 người lao động.', [{ kind: 'count', value: 3120, unit: 'người lao động', text: '3.120 người lao động' }]],
    [
      'Tỉnh tiếp nhận 46 kỹ sư và 120 tình nguyện viên.',
      [
        { kind: 'count', value: 46, unit: 'kỹ sư', text: '46 kỹ sư' },
        { kind: 'count', value: 120, unit: 'tình nguyện viên', text: '120 tình nguyện viên' },
      ],
    ],
    ['Hệ thống phát hành 9.450 hóa đơn điện tử.', [{ kind: 'count', value: 9450, unit: 'hóa đơn điện tử', text: '9.450 hóa đơn điện tử' }]],
    [
      'Cảng đón 75 chuyến bay và 6.400 hành khách.',
      [
        { kind: 'count', value: 75, unit: 'chuyến bay', text: '75 chuyến bay' },
        { kind: 'count', value: 6400, unit: 'hành khách', text: '6.400 hành khách' },
      ],
    ],
    ['Công suất lắp đặt thêm 48 MWp điện mặt trời.', [{ kind: 'count', value: 48, unit: 'MWp', text: '48 MWp' }]],
    [
      'The department met 27 targets and created 1,300 jobs.',
      [
        { kind: 'count', value: 27, unit: 'targets', text: '27 targets' },
        { kind: 'count', value: 1300, unit: 'jobs', text: '1,300 jobs' },
      ],
    ],
    [
      'The airport served 2,150 flights and 310,000 passengers.',
      [
        { kind: 'count', value: 2150, unit: 'flights', text: '2,150 flights' },
        { kind: 'count', value: 310000, unit: 'passengers', text: '310,000 passengers' },
      ],
    ],
    [
      'The portal published 640 posts for 18,000 learners.',
      [
        { kind: 'count', value: 640, unit: 'posts', text: '640 posts' },
        { kind: 'count', value: 18000, unit: 'learners', text: '18,000 learners' },
      ],
    ],
    [
      'The province now has 1,800 community digital technology teams.',
      [{ kind: 'count', value: 1800, unit: 'teams', text: '1,800 community digital technology teams' }],
    ],
    ['Some 2.4 million VNeID accounts are active.', [{ kind: 'count', value: 2400000, unit: 'accounts', text: '2.4 million VNeID accounts' }]],
  ])('knows the common heads of provincial reporting: %s', (text, expected) => expect(figuresOf(text)).toEqual(expected));

  it('takes the plain word after a thousands-grouped number as its noun', () => {
    expect(figuresOf('Thư viện số hóa 14.820 bản sách cổ.')).toEqual([{ kind: 'count', value: 14820, unit: 'bản', text: '14.820 bản' }]);
    expect(figuresOf('Số vụ giảm 1.204 so với cùng kỳ.')).toEqual([]);
  });

  it.each<Row>([
    ['Làng nghề có hơn 40 thợ cả đang truyền nghề.', [{ kind: 'count', value: 40, unit: 'thợ', text: '40 thợ' }]],
    [
      'Trung tâm tiếp nhận 65 hồ sơ và trao 18 sổ đỏ.',
      [
        { kind: 'count', value: 65, unit: 'hồ sơ', text: '65 hồ sơ' },
        { kind: 'count', value: 18, unit: 'sổ', text: '18 sổ' },
      ],
    ],
    ['Hội đồng tuyên dương 27 gương điển hình.', [{ kind: 'count', value: 27, unit: 'gương', text: '27 gương' }]],
    ['Sản phẩm đạt 4 sao, khách sạn đạt 5 sao.', []],
    ['Dự án có 2 giai đoạn, mỗi giai đoạn gồm 3 bước.', []],
    ['Tòa nhà có 9 tầng và 1 tầng hầm.', []],
    ['Huyện có 1 ít kinh nghiệm.', []],
    ['Ông có 2 dịp được khen.', []],
    ['Trong số đó, có 12 hoàn thành và 5 đăng ký thêm.', []],
  ])('counts the plain word after a number a cue announces: %s', (text, expected) => expect(figuresOf(text)).toEqual(expected));

  it('reads "1 trong 8 địa phương" as one of eight: the count of the whole', () => {
    expect(figuresOf('Huyện là 1 trong 8 địa phương về đích sớm.')).toEqual([{ kind: 'count', value: 8, unit: 'địa phương', text: '8 địa phương' }]);
  });

  it('reads a bare four-digit year on an English page as a year, not a count', () => {
    expect(figuresOf('In 2024 reports showed the province created 2,024 jobs.')).toEqual([{ kind: 'count', value: 2024, unit: 'jobs', text: '2,024 jobs' }]);
  });

  it('needs a head noun it knows', () => {
    expect(figuresOf('Báo cáo nêu 37 vấn đề, trong đó 12 vấn đề cấp bách.')).toEqual([]);
  });
});

describe('money', () => {
  it.each<Row>([
    ['Tổng vốn đầu tư 820 tỷ đồng.', [{ kind: 'money', value: 820e9, unit: 'VND', text: '820 tỷ đồng' }]],
    ['Thu ngân sách 3.456,7 tỷ đồng.', [{ kind: 'money', value: 3456.7e9, unit: 'VND', text: '3.456,7 tỷ đồng' }]],
    ['Kinh phí 1,2 nghìn tỷ đồng.', [{ kind: 'money', value: 1.2e12, unit: 'VND', text: '1,2 nghìn tỷ đồng' }]],
    ['Dự án có vốn 75 triệu USD.', [{ kind: 'money', value: 75e6, unit: 'USD', text: '75 triệu USD' }]],
    ['Lệ phí 50.000đ mỗi hồ sơ.', [{ kind: 'money', value: 50000, unit: 'VND', text: '50.000đ' }]],
    ['Thu ngân sách đạt 7,2 nghìn tỷ, vượt dự toán.', [{ kind: 'money', value: 7.2e12, unit: 'VND', text: '7,2 nghìn tỷ' }]],
    ['Exports earned US$3.1 billion.', [{ kind: 'money', value: 3.1e9, unit: 'USD', text: 'US$3.1 billion' }]],
    ['The plan costs VND 640 billion.', [{ kind: 'money', value: 640e9, unit: 'VND', text: 'VND 640 billion' }]],
    ['Budget revenue hit VND21.4 trillion last year.', [{ kind: 'money', value: 21.4e12, unit: 'VND', text: 'VND21.4 trillion' }]],
    ['Hỗ trợ mỗi hộ 1 tỷ 250 triệu đồng.', [{ kind: 'money', value: 1.25e9, unit: 'VND', text: '1 tỷ 250 triệu đồng' }]],
    ['Thu ngân sách 3 nghìn tỷ 400 tỷ, vượt dự toán.', [{ kind: 'money', value: 3.4e12, unit: 'VND', text: '3 nghìn tỷ 400 tỷ' }]],
    [
      'The zone drew US$1.8bn and VND4.2tn of investment.',
      [
        { kind: 'money', value: 1.8e9, unit: 'USD', text: 'US$1.8bn' },
        { kind: 'money', value: 4.2e12, unit: 'VND', text: 'VND4.2tn' },
      ],
    ],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('score', () => {
  it.each<Row>([
    ['Tỉnh đạt 69,4 điểm chỉ số PCI.', [{ kind: 'score', value: 69.4, text: '69,4 điểm' }]],
    ['Chỉ số DTI của tỉnh đạt 0,5127.', [{ kind: 'score', value: 0.5127, text: '0,5127' }]],
    ['Bài thi đạt 72,5/100 điểm.', [{ kind: 'score', value: 72.5, of: 100, text: '72,5/100 điểm' }]],
    ['Its digital society pillar scored 0.2871 points.', [{ kind: 'score', value: 0.2871, text: '0.2871 points' }]],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));

  it('reads "điểm" naming a place as a count', () => {
    expect(figuresOf('Lắp wifi tại 35 điểm phục vụ.')).toEqual([{ kind: 'count', value: 35, unit: 'điểm phục vụ', text: '35 điểm phục vụ' }]);
    expect(figuresOf('Thành phố có 48 điểm Wi-Fi miễn phí.')).toEqual([{ kind: 'count', value: 48, unit: 'điểm', text: '48 điểm' }]);
  });

  it.each<Row>([
    ['Chỉ số PAR INDEX năm 2023 của tỉnh đạt 87,64.', [{ kind: 'score', value: 87.64, text: '87,64' }]],
    ["The province's PAPI reached 43.91, its best result.", [{ kind: 'score', value: 43.91, text: '43.91' }]],
    ['Chỉ số giá tiêu dùng tăng 3,25 so với cùng kỳ.', []],
    ['Chỉ số sản xuất đạt 12,35 nghìn tấn.', [{ kind: 'count', value: 12350, unit: 'tấn', text: '12,35 nghìn tấn' }]],
    ['Thu nhập đạt 45,25 mỗi giờ.', []],
  ])('reads a decimal an index reached as its score: %s', (text, expected) => expect(figuresOf(text)).toEqual(expected));

  it('does not take an unlabelled fraction as a score', () => {
    expect(figuresOf('Hệ số điều chỉnh 0,125 áp dụng.')).toEqual([]);
  });
});

describe('qualifier', () => {
  it.each([
    ['Thu hút trên 4.000 lao động.', 'trên'],
    ['Có gần 90% hồ sơ đúng hạn.', 'gần'],
    ['Khoảng 1,5 triệu người dân.', 'khoảng'],
    ['Chưa đến 5% hộ nghèo.', 'chưa đến'],
    ['Nearly 70% of users agreed.', 'nearly'],
  ])('%s keeps %s', (text, qualifier) => {
    expect(extract(text).figures[0]?.qualifier).toBe(qualifier);
  });
});
