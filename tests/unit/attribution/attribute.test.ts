import { describe, expect, it } from 'vitest';
import { attributeFigures, type AttributedFigure } from '../../../utils/attribution/attribute';
import { readPageMeta } from '../../../utils/attribution/page-meta';
import type { PageMeta } from '../../../utils/attribution/types';
import type { FigureKind } from '../../../utils/extraction/types';
import { figureIn } from './helpers';

const NAM_DINH: PageMeta = readPageMeta({ text: '', url: 'https://baonamdinh.vn/tin', meta: { 'article:published_time': '2023-08-15' } });

function attribute(page: string, text: string, kind: FigureKind, meta: PageMeta = NAM_DINH, occurrence = 0): AttributedFigure {
  const [fig] = attributeFigures(page, [figureIn(page, text, kind, occurrence)], meta);
  if (!fig) throw new Error('no figure');
  return fig;
}

const subjectId = (f: AttributedFigure): string => (f.subject === 'unknown' ? 'unknown' : f.subject.id);
const periodKey = (f: AttributedFigure): string => (f.period === 'unknown' ? 'unknown' : f.period.key);

describe('whose figure it is', () => {
  it.each([
    // the page's own province
    ['Tỉnh ta đã đạt được 2/7 chỉ tiêu hạ tầng số.', '2/7', 'ratio', 'nam-dinh'],
    ['Toàn tỉnh có gần 20 xã ứng dụng truyền thanh thông minh.', '20 xã', 'count', 'nam-dinh'],
    ['Doanh thu viễn thông trên địa bàn đạt 710 tỷ đồng.', '710 tỷ đồng', 'money', 'nam-dinh'],
    ['Hạ tầng mạng lưới của tỉnh có gần 300 bưu cục.', '300 bưu cục', 'count', 'nam-dinh'],
    ['Huyện Giao Thủy có tỷ lệ chậm chỉ 0,33%.', '0,33%', 'percent', 'nam-dinh'], // a district of Nam Định
    // a province named in the clause wins over the page's own
    ['Theo Bộ Tài chính, Quảng Ninh (11,67%), Hải Phòng (11,59%) dẫn đầu.', '11,59%', 'percent', 'hai-phong'],
    ['Bắc Ninh dẫn đầu với 5,12 tỷ USD; xếp thứ 3 là TP.HCM với 3,04 tỷ USD.', '3,04 tỷ USD', 'money', 'ho-chi-minh'],
    ['Bắc Ninh dẫn đầu với 5,12 tỷ USD; xếp thứ 3 là TP.HCM với 3,04 tỷ USD.', 'thứ 3', 'rank', 'ho-chi-minh'],
    ['Với 66,79 điểm, Thanh Hóa xếp thứ 30.', '66,79 điểm', 'score', 'thanh-hoa'],
    // the whole country
    ['Vốn nước ngoài đã rót vào 56 tỉnh, thành phố cả nước.', '56 tỉnh', 'count', 'viet-nam'],
    ['Cả nước có 16/34 địa phương tăng trên 8%.', '16/34', 'ratio', 'viet-nam'],
    // …but not where the country is only the scope of a ranking
    ['Tỉnh được đánh giá dẫn đầu toàn quốc với tỷ lệ đạt trên 80%.', '80%', 'percent', 'nam-dinh'],
    ['The province ranked 10th nationwide with 0.3615 points.', '0.3615 points', 'score', 'nam-dinh'],
    // a later sentence of the same paragraph keeps the subject
    ['Hanoi received 1.24 million dossiers. The rate of digitising reached 85.89%.', '85.89%', 'percent', 'ha-noi'],
  ] as const)('%s [%s] → %s', (page, text, kind, id) => {
    expect(subjectId(attribute(page, text, kind))).toBe(id);
  });

  it("falls back to the site's province when nothing in the sentence or paragraph says whose figure it is", () => {
    const page = 'Bắc Ninh và Hải Phòng dẫn đầu.\n\nTỷ lệ trễ hạn giảm còn 3,45%.';
    expect(subjectId(attribute(page, '3,45%', 'percent'))).toBe('nam-dinh');
    expect(subjectId(attribute('Tỷ lệ trễ hạn giảm còn 3,45%.', '3,45%', 'percent', {}))).toBe('unknown');
  });

  it("reads a bare `tỉnh` in running text as the page's own province, and `các tỉnh` as no one province", () => {
    const page =
      'Hà Nam và Ninh Bình cũng báo cáo.\n\nTrung tâm Phục vụ hành chính công tỉnh cho biết đã nhận 19.630 hồ sơ.\n\nĐã phát sóng 5G tại 75 trạm, là một trong 22 tỉnh có 5G.\n\nCác tỉnh có 40 gian hàng.';
    expect(subjectId(attribute(page, '19.630 hồ sơ', 'count'))).toBe('nam-dinh');
    expect(subjectId(attribute(page, '75 trạm', 'count'))).toBe('nam-dinh');
    expect(subjectId(attribute(page, '40 gian hàng', 'count'))).toBe('unknown');
  });

  it('takes a page that names only its own province as speaking of it throughout', () => {
    const page = 'Nam Định đẩy mạnh chuyển đổi số.\n\nTỷ lệ trễ hạn giảm còn 3,45%.';
    expect(subjectId(attribute(page, '3,45%', 'percent'))).toBe('nam-dinh');
  });

  it('reads `tỉnh` on a page of unknown origin as the province last named before it', () => {
    const page = 'Nghệ An thu hút 1,74 tỷ USD. Cụ thể, tỉnh cấp mới cho 19 dự án.';
    expect(subjectId(attribute(page, '19 dự án', 'count', {}))).toBe('nghe-an');
  });

  it('names the subject on the map in force for the period: the 34-map after 1 July 2025, with lineage', () => {
    const meta = readPageMeta({ text: '', url: 'https://baogialai.com.vn/x', meta: { date: '2025-10-06' } });
    const page = 'Trong 9 tháng đầu năm 2025, Ninh Bình tăng 10,45%; Nam Định cũ tăng 9%; tỉnh ta tăng 7,31%.';
    expect(attribute(page, '10,45%', 'percent', meta).subject).toMatchObject({ id: 'ninh-binh-2025', map: 34 });
    const rolled = attribute(page, '9%', 'percent', meta).subject;
    expect(rolled).toMatchObject({ id: 'ninh-binh-2025', map: 34 });
    expect(rolled !== 'unknown' && rolled.lineage?.map((l) => l.id)).toEqual(['ha-nam', 'ninh-binh', 'nam-dinh']);
    expect(attribute(page, '7,31%', 'percent', meta).subject).toMatchObject({ id: 'gia-lai-2025', map: 34 });
  });

  it('keeps the 63-map on a page written before the merger, even for a goal for 2030', () => {
    const f = attribute('Phấn đấu đến năm 2030, Nam Định đạt 100% xã thông minh.', '100%', 'percent');
    expect(f.subject).toMatchObject({ id: 'nam-dinh', map: 63 });
  });
});

describe('when a figure speaks for', () => {
  it.each([
    ['6 tháng đầu năm 2023, doanh thu đạt 710 tỷ đồng, tăng 10% so với cùng kỳ năm 2022.', '10%', 'percent', '2023-H1'],
    // a count of months spelled in words (folded, `sáu` would be `sau`, after)
    ['Sáu tháng đầu năm 2023, doanh thu đạt 710 tỷ đồng, tăng 10% so với cùng kỳ năm 2022.', '10%', 'percent', '2023-H1'],
    ['Chín tháng năm 2023, tỉnh thu ngân sách 7.120 tỷ đồng.', '7.120 tỷ đồng', 'money', '2023-9M'],
    ['Năm 2023, sau tháng đầu năm khởi động, tỉnh thu ngân sách 9.120 tỷ đồng.', '9.120 tỷ đồng', 'money', '2023'],
    ['Tỉnh đứng thứ 21/63 về CĐS năm 2021 (tăng 6 bậc so với năm 2020).', 'tăng 6 bậc', 'rank_change', '2021'],
    // the period of the sentence before, in the same paragraph
    ['Trong năm 2024, tỉnh thu hút 1,74 tỷ USD vốn FDI. Cụ thể, tỉnh cấp mới cho 19 dự án.', '19 dự án', 'count', '2024'],
    // a time in brackets speaks only for what is inside them
    ['Doanh thu tiêu dùng tháng 2/2023 tăng 19% (cộng dồn 2 tháng tăng 14%).', '19%', 'percent', '2023-02'],
    ['Doanh thu tiêu dùng tháng 2/2023 tăng 19% (cộng dồn 2 tháng tăng 14%).', '14%', 'percent', '2023-2M'],
    // a heading's year
    ['Chỉ số PCI năm 2023\n\nVới 66,79 điểm, tỉnh xếp thứ 30.', 'thứ 30', 'rank', '2023'],
    // cumulative
    ['Tính lũy kế tới hết năm 2024, tỉnh có 169 dự án FDI.', '169 dự án', 'count', 'to-2024'],
    ['Đến nay, tỉnh có gần 20 xã ứng dụng truyền thanh thông minh.', '20 xã', 'count', 'to-2023-08-15'],
    // a ranking without a year is the year before publication
    ['Đến nay, Nam Định xếp thứ 10/63 trên bảng xếp hạng CĐS.', '10/63', 'rank', '2022'],
    // nothing said: as of publication
    ['Toàn xã có khoảng 1.522 hộ.', '1.522 hộ', 'count', 'to-2023-08-15'],
  ] as const)('%s [%s] → %s', (page, text, kind, key) => {
    expect(periodKey(attribute(page, text, kind))).toBe(key);
  });

  it('carries the time the lead sets to later paragraphs that name none, but not a programme span or a goal', () => {
    const report =
      'Kết quả xử lý hồ sơ\n\nTrong tháng 8/2021, Bộ phận một cửa cấp huyện và cấp xã đã nhận mới 19.630 hồ sơ thủ tục hành chính.\n\nTỷ lệ trễ hạn chỉ còn 3,45%.';
    expect(periodKey(attribute(report, '3,45%', 'percent'))).toBe('2021-08');
    const programme =
      'Tỉnh triển khai chương trình chuyển đổi số giai đoạn 2021-2025, tầm nhìn đến năm 2030 một cách toàn diện.\n\nHệ thống văn bản đạt 98,65%.';
    expect(periodKey(attribute(programme, '98,65%', 'percent'))).toBe('to-2023-08-15');
  });

  it('leaves the period unknown without a date on the page, and for `đến nay` on an undated page', () => {
    expect(periodKey(attribute('Toàn xã có khoảng 1.522 hộ.', '1.522 hộ', 'count', {}))).toBe('unknown');
    const page = 'Trong năm 2022, đơn vị tiếp nhận 9.887 hồ sơ. Tính tới thời điểm hiện nay, đã hoàn thành 18/31 xã.';
    expect(periodKey(attribute(page, '18/31', 'ratio', {}))).toBe('unknown');
  });

  it('ignores the years of the references around a figure', () => {
    const page = 'Thực hiện Nghị quyết số 09-NQ/TU năm 2021, tỉnh đạt 98,65%.';
    const ref = { start: page.indexOf('Nghị quyết'), end: page.indexOf(' năm 2021') + ' năm 2021'.length };
    const [fig] = attributeFigures(page, [figureIn(page, '98,65%', 'percent')], {}, { references: [ref] });
    expect(fig?.period).toBe('unknown');
  });
});

describe('goals', () => {
  it.each([
    ['Phấn đấu đến năm 2025, tỷ lệ hộ có cáp quang đạt 80%.', '80%', 'percent', 'to-2025'],
    ['Mục tiêu: tỷ trọng kinh tế số phải đạt 20% GRDP của tỉnh vào năm 2025.', '20%', 'percent', 'to-2025'],
    ['Đảng đề ra mục tiêu trong giai đoạn 2020 – 2025, theo đó kinh tế số chiếm 20% GDP.', '20%', 'percent', 'to-2025'],
    ['Specific targets for digital government: 100% of state agencies are to be linked.', '100%', 'percent', 'to-2023-08-15'],
    ['Over 90% of Level 4 online public services will be accessible.', '90%', 'percent', 'to-2023-08-15'],
  ] as const)('%s is a goal', (page, text, kind, key) => {
    const f = attribute(page, text, kind);
    expect(f.target).toBe(true);
    expect(periodKey(f)).toBe(key);
  });

  it.each([
    ['Tỉnh đạt trên 80%, vượt 30% so với chỉ tiêu phấn đấu.', '30%', 'percent'],
    ['Tỉnh ta đã bước đầu đạt được 2/7 chỉ tiêu.', '2/7', 'ratio'],
    ['Tính lũy kế tới hết năm 2022, tỉnh có 169 dự án.', '169 dự án', 'count'],
    [
      'Căn cứ những mục tiêu, nhiệm vụ cụ thể trong chương trình được giao, Sở đã phát huy vai trò ngành chuyên môn tham mưu với Tỉnh ủy, góp phần vào thành quả bước đầu trong xây dựng 3 trụ cột.',
      '3 trụ cột',
      'count',
    ],
  ] as const)('%s is an outcome', (page, text, kind) => {
    expect(attribute(page, text, kind).target).toBeUndefined();
  });
});

describe('attributeFigures', () => {
  it('keeps every field of the figures and says `unknown` outright', () => {
    const page = 'Một con số 42 hộ.';
    const fig = figureIn(page, '42 hộ', 'count');
    const [out] = attributeFigures(page, [{ ...fig, value: 42, unit: 'hộ', qualifier: 'khoảng' }], {});
    const other = { id: 'other:ho', name: 'hộ', en: 'hộ' };
    expect(out).toEqual({ ...fig, value: 42, unit: 'hộ', qualifier: 'khoảng', indicator: other, subject: 'unknown', period: 'unknown' });
    expect(attributeFigures(page, [{ ...fig, kind: 'percent' }], {})[0]?.indicator).toBe('unknown');
    expect(JSON.parse(JSON.stringify(out))).toMatchObject({ indicator: other, subject: 'unknown', period: 'unknown' });
  });

  it('copes with nothing, with figures outside the text, and with hostile text', () => {
    expect(attributeFigures('', [], {})).toEqual([]);
    const stray = attributeFigures('ngắn', [{ text: '5%', kind: 'percent', value: 5, start: 400, end: 402 }], NAM_DINH);
    expect(stray).toHaveLength(1);
    const hostile = '1.'.repeat(20000) + ' ('.repeat(3000) + 'so với '.repeat(3000) + 'tỉnh ta '.repeat(3000);
    const out = attributeFigures(hostile, [{ text: '1.1', kind: 'count', value: 11, start: 0, end: 3 }], readPageMeta({ text: hostile }));
    expect(out[0]?.indicator).toBe('unknown');
  });

  it('reads text whose accents are written as combining marks', () => {
    const page = 'Nam Định xếp thứ 10/63 trên bảng xếp hạng CĐS năm 2022.'.normalize('NFD');
    const f = attribute(page, '10/63', 'rank', {});
    expect(f.indicator).toMatchObject({ id: 'dti' });
    expect(subjectId(f)).toBe('nam-dinh');
    expect(periodKey(f)).toBe('2022');
  });
});

describe('periods the way each index and each comparison works', () => {
  const HAI_PHONG_2025: PageMeta = readPageMeta({ text: '', url: 'https://baohaiphong.vn/tin', meta: { 'article:published_time': '2025-05-07' } });

  it('reads `năm nay` on a page announcing an index as the edition announced, the year before', () => {
    const page = 'VCCI vừa công bố PCI. Năm nay, Quảng Ninh xếp thứ 4 với 72,15 điểm PCI.';
    expect(periodKey(attribute(page, 'thứ 4', 'rank', HAI_PHONG_2025))).toBe('2024');
    expect(periodKey(attribute(page, '72,15 điểm', 'score', HAI_PHONG_2025))).toBe('2024');
    // A plain statistic of `năm nay` is this year's.
    expect(periodKey(attribute('Năm nay, thu ngân sách đạt 5.000 tỷ đồng.', '5.000 tỷ đồng', 'money', HAI_PHONG_2025))).toBe('2025');
  });

  it('reads `năm trước` and `the year before` against the year in context, `cả năm` as the year spoken of', () => {
    expect(periodKey(attribute('Năm trước, tổng thu ngân sách đạt 45.300 tỷ đồng.', '45.300 tỷ đồng', 'money', HAI_PHONG_2025))).toBe('2024');
    const en = 'In 2023, 45 per cent of dossiers were filed online, up from 38 per cent the year before.';
    expect(periodKey(attribute(en, '38 per cent', 'percent', HAI_PHONG_2025))).toBe('2022');
    expect(periodKey(attribute(en, '45 per cent', 'percent', HAI_PHONG_2025))).toBe('2023');
    const whole = 'Năm 2025 là năm đầu tiên sau hợp nhất.\nThu ngân sách cả năm đạt 40.125 tỷ đồng.';
    expect(periodKey(attribute(whole, '40.125 tỷ đồng', 'money', { ...HAI_PHONG_2025, publishedAt: '2026-01-08' }))).toBe('2025');
  });

  it('gives a comparison base joined by `của` the same period a year earlier, and the change its own', () => {
    const page = 'Tăng trưởng GRDP quý I/2026 đạt 8,12%, cao hơn mức tăng 6,9% của cùng kỳ năm trước; xuất khẩu tăng 12% so với cùng kỳ.';
    const meta = { ...HAI_PHONG_2025, publishedAt: '2026-04-10' };
    expect(periodKey(attribute(page, '6,9%', 'percent', meta))).toBe('2025-Q1');
    expect(periodKey(attribute(page, '8,12%', 'percent', meta))).toBe('2026-Q1');
    expect(periodKey(attribute(page, '12%', 'percent', meta))).toBe('2026-Q1');
  });

  it('takes a year written right after a figure as its own', () => {
    const page = 'Tỷ lệ hộ nghèo giảm từ 4,5% năm 2021 xuống 1,9% năm 2024.';
    expect(periodKey(attribute(page, '1,9%', 'percent'))).toBe('2024');
    expect(periodKey(attribute(page, '4,5%', 'percent'))).toBe('2021');
  });
});

describe('what a figure measures', () => {
  it('reads what a percentage counts apart from what is said of it', () => {
    const page = 'Thành phố có 95,6% hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn.';
    expect(attribute(page, '95,6%', 'percent').indicator).toMatchObject({ id: 'dossiers-on-time' });
    const en = 'Nationwide, 45 per cent of administrative dossiers were filed online.';
    expect(attribute(en, '45 per cent', 'percent', {}).indicator).toMatchObject({ id: 'online-dossiers' });
  });

  it('names growth of the country GDP growth and of a province GRDP growth, whichever the page wrote', () => {
    const page = 'Tốc độ tăng trưởng kinh tế của tỉnh đạt 8,5%; bình quân cả nước tăng trưởng kinh tế 7,09%.';
    expect(attribute(page, '8,5%', 'percent').indicator).toMatchObject({ id: 'grdp-growth' });
    expect(attribute(page, '7,09%', 'percent').indicator).toMatchObject({ id: 'gdp-growth' });
  });
});
