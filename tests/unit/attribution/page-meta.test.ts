import { describe, expect, it } from 'vitest';
import { latestDateIn, readDate, readDateline, readMasthead, readPageMeta } from '../../../utils/attribution/page-meta';

describe('readDateline', () => {
  it.each([
    ['Giới thiệu gương điển hình\n\nĐăng lúc 09:04:52 ngày 27/02/2023\n\n1. Tên bài', '2023-02-27'],
    [' date 2023-08 Cán bộ Sở TT&TT hướng dẫn người dân', '2023-08'],
    [' date 2025-10-06 (GLO)- Số liệu của Bộ Tài chính', '2025-10-06'],
    ['Kết quả xử lý hồ sơ từ ngày 21/7 đến 20/8/2021 ở bộ phận một cửa cấp huyện, xã trong tháng\n\n30/08/2021\n\nBáo cáo', '2021-08-30'],
    ['Nam Định phổ cập 2 ứng dụng\n\nLan Phương| 13/11/2020 15:24\nTheo dõi', '2020-11-13'],
    ['Tiếng Việt | English\n\n26/08/2022 - 15:32\n\nNgành Thông tin', '2022-08-26'],
    ['Thanh Hóa vào Top 30\n\nNgày đăng: 10 - 05 - 2024\n100%', '2024-05-10'],
    ['16:21 (GMT+7), Thứ Năm, 15/10/2020\n.', '2020-10-15'],
    ['2023: Concentrating on Solutions\n1/23/2023 4:03:01 PM\nView font:', '2023-01-23'],
    ['Bac Giang keeps moving up\n\nUpdate: 17:45 | 25/10/2021\n\n(BGO)', '2021-10-25'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHậu Giang, ngày 27 tháng 4 năm 2021 | Số: 78/KH-UBND |', '2021-04-27'],
  ])('%j → %s', (text, iso) => {
    expect(readDateline(text)).toBe(iso);
  });

  it('finds no date where the top of the page has none, and ignores impossible dates', () => {
    expect(
      readDateline('Nghị quyết số 09-NQ/TU ngày 15-10-2021 của Tỉnh ủy về chuyển đổi số đến năm 2025, định hướng đến năm 2030 được triển khai'),
    ).toBeUndefined();
    expect(readDateline('Cập nhật: 45/13/2023')).toBeUndefined();
  });
});

describe('readDate (meta tags)', () => {
  it.each([
    ['2023-08-26T10:00:00+07:00', '2023-08-26'],
    ['2023-08', '2023-08'],
    ['26/08/2022', '2022-08-26'],
    ['not a date', undefined],
  ])('%s → %s', (value, iso) => {
    expect(readDate(value)).toBe(iso);
  });
});

describe('readMasthead', () => {
  it.each([
    ['… tăng 14%.\n\nTheo Nguyễn Hương (Báo Nam Định)', 'nam-dinh'],
    ['Cơ quan chủ quản: Đoàn thanh niên cộng sản Hồ Chí Minh tỉnh Nam Định\nĐịa chỉ: Số 154', 'nam-dinh'],
    ['ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n\nSố: 1961/QĐUBND', 'kien-giang'],
    ['Hậu Giang, ngày 27 tháng 4 năm 2021 | Số: 78/KH-UBND |', 'hau-giang'],
    [' date 2025-10-06 (GLO)- Số liệu của Bộ Tài chính', 'gia-lai'],
    ['Website: http://Tinhdoan.namdinh.gov.vn', 'nam-dinh'],
  ])('%j → %s', (text, id) => {
    expect(readMasthead(text)?.province.id).toBe(id);
  });

  it('finds none on a page that prints nothing about itself', () => {
    expect(readMasthead('Báo chí, truyền thông được tăng cường. ' + '1.'.repeat(5000))).toBeUndefined();
  });
});

describe('readPageMeta', () => {
  it('takes the province from the host first, then the masthead, then the only province the page names', () => {
    expect(readPageMeta({ text: 'Theo Báo Long An', url: 'https://vinhphuc.gov.vn/ct/x' })).toMatchObject({
      site: 'vinhphuc.gov.vn',
      province: { id: 'vinh-phuc', map: 63 },
      provinceFrom: 'host',
    });
    expect(readPageMeta({ text: 'Tin tức\n\nTheo Nguyễn Hương (Báo Nam Định)' })).toMatchObject({
      province: { id: 'nam-dinh' },
      provinceFrom: 'masthead',
      outlet: 'Báo Nam Định',
    });
    expect(readPageMeta({ text: 'Tỉnh Long An ra mắt 5G. Long An có 4 loại hình báo chí.' })).toMatchObject({
      province: { id: 'long-an' },
      provinceFrom: 'topic',
    });
    expect(readPageMeta({ text: 'Bắc Ninh dẫn đầu; Hải Phòng đứng thứ 2. Bắc Ninh và Hải Phòng.' }).province).toBeUndefined();
    expect(readPageMeta({ text: 'Long An một lần.' }).province).toBeUndefined();
    expect(readPageMeta({ text: 'Trục LGSP Kon Tum kết nối 100% cơ quan trong toàn tỉnh.' }).province).toMatchObject({ id: 'kon-tum' });
  });

  it('prefers meta tags over the visible dateline, and keeps title, canonical URL and outlet', () => {
    const meta = readPageMeta({
      text: 'Tiêu đề\n26/08/2022 - 15:32\nNội dung',
      meta: {
        'og:title': 'Ngành Thông tin và Truyền thông',
        'article:published_time': '2022-08-25T08:00:00+07:00',
        'og:site_name': 'Báo Long An',
        canonical: 'https://baolongan.vn/nganh-tttt-a140001.html',
      },
    });
    expect(meta).toEqual({
      url: 'https://baolongan.vn/nganh-tttt-a140001.html',
      site: 'baolongan.vn',
      title: 'Ngành Thông tin và Truyền thông',
      canonicalUrl: 'https://baolongan.vn/nganh-tttt-a140001.html',
      publishedAt: '2022-08-25',
      outlet: 'Báo Long An',
      province: { id: 'long-an', name: 'Long An', map: 63 },
      provinceFrom: 'host',
    });
  });

  it('falls back to the dateline when the meta date is unreadable, and survives a bad URL', () => {
    const meta = readPageMeta({ text: 'Tiêu đề\n30/08/2021\n', url: 'not a url', meta: { 'article:published_time': 'yesterday' } });
    expect(meta.publishedAt).toBe('2021-08-30');
    expect(meta.site).toBeUndefined();
  });
});

describe('a page with no dateline', () => {
  it('is dated by the latest date its text names, however written, not by today', () => {
    const text =
      'Kết quả quý III\nTheo Quyết định số 12/QĐ-UBND ngày 5 tháng 1 năm 2024, trong quý III/2024 tỉnh nhận 48.215 hồ sơ.\nBáo cáo gửi ngày 10/10/2024.';
    expect(readPageMeta({ text }).publishedAt).toBe('2024-10-10');
    expect(latestDateIn('Signed on December 22, 2024 and 3 March 2025.')).toBe('2025-03-03');
    expect(latestDateIn('Không có ngày tháng nào, chỉ 12/2024 và năm 2025.')).toBeUndefined();
  });
});
