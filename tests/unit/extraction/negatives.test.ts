import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers';

/** Each sentence holds numbers of one class that must never be figures; some also hold one real figure. */
describe('never a figure', () => {
  it.each([
    ['years', 'Năm 2024 và năm 2025 là hai năm bản lề; giai đoạn 2021-2025 kết thúc.'],
    ['dates', 'Hội nghị diễn ra ngày 14-11-2023, kế hoạch ký ngày 02/01/2024, nghị quyết ngày 3.7.2022.'],
    ['ISO and year-month stamps', 'Cập nhật 2024-05-17 và bản lưu 2023-09.'],
    ['month and year', 'Tháng 9/2023 và tháng 10-2023 là cao điểm.'],
    ['day and month after a date word', 'Sáng 18/6, đoàn khảo sát làm việc tại huyện.'],
    ['English dates', 'The forum opened on March 8 and closed on 12 April 2024.'],
    ['times', 'Phiên họp bắt đầu lúc 08:30, kết thúc 11:45:10; chiều 14h30 họp tiếp.'],
    ['document numbers', 'Công văn số 417 nêu rõ yêu cầu.'],
    ['phone and fax', 'Điện thoại: 0236 3822 119 – Fax: 0236 3822 120'],
    ['addresses', 'Địa chỉ: Số 27 Trần Phú, phường 4, TP. Cà Mau'],
    ['visitor counters', 'Đang truy cập: 37\nHôm nay: 1.204\nTổng truy cập: 5.678.901'],
    ['service levels', 'Dịch vụ công trực tuyến mức độ 3, mức độ 4 được ưu tiên.'],
    ['technology and disease names', 'Phủ sóng 4G, thử nghiệm 5G trong mùa dịch Covid-19.'],
    ['ordinal names', 'Kỳ họp thứ 9 của HĐND khóa 10; Đại hội lần thứ 6 tỉnh.'],
    ['period lengths', 'Sau 6 tháng đầu năm và 3 năm liên tiếp, 9tháng qua tình hình ổn định.'],
    ['ages', 'Người từ 60 tuổi trở lên được ưu tiên.'],
    ['numbers in words', 'Có hai trường và ba trạm y tế.'],
    ['vague amounts', 'Hàng chục doanh nghiệp và hàng trăm hộ tham gia.'],
    ['article and clause labels', 'Theo Điều 12 và Khoản 2 của luật.'],
    ['an English ordinal name', 'Preparing for the 4th Industrial Revolution.'],
    ['all N of them', 'Triển khai đồng bộ cả 3 trụ cột.'],
    ['a roman-numbered quarter with its year', 'Quý II/2024 khép lại.'],
    ['a hospital grade', 'Bệnh viện hạng 1 của tỉnh.'],
    ['a chain of address labels', 'Gia đình ông ở tổ 7 khu phố 2, thị trấn Phú Mỹ.'],
    ['a room in a building', 'Văn phòng đặt tại Phòng 412 nhà C.'],
    ['weekdays of office hours', 'Tiếp công dân từ thứ 2 đến thứ 6 hằng tuần.'],
    ['a weekday in brackets after a date', 'Lễ khai mạc ngày 21/10/2024 (thứ 2) tại quảng trường.'],
    ['a ranking year', 'Kết quả xếp hạng 2024 được công bố.'],
    ['grades and divisions after a count cue', 'Khách sạn đạt 4 sao, dự án có 2 giai đoạn, tòa nhà có 9 tầng.'],
  ])('%s', (_name, text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('a strong label wins even when a count noun follows', () => {
    expect(figuresOf('Dịch vụ mức độ 4 tỉnh Hà Tĩnh đạt 61%.')).toEqual([{ kind: 'percent', value: 61, text: '61%' }]);
  });

  it('a weak label gives way to a count', () => {
    expect(figuresOf('Sở đã cấp 640 tài khoản cho cán bộ.')).toEqual([{ kind: 'count', value: 640, unit: 'tài khoản', text: '640 tài khoản' }]);
  });

  it('a weak label gives way to a part over a whole', () => {
    expect(figuresOf('Tỉnh đã cung cấp 212/240 dịch vụ công trực tuyến.')).toEqual([
      { kind: 'ratio', value: 212, of: 240, unit: 'dịch vụ công trực tuyến', text: '212/240 dịch vụ công trực tuyến' },
    ]);
  });

  it('a reference number is no figure', () => {
    expect(figuresOf('Theo Quyết định số 12/QĐ-UBND ngày 5/1/2024.')).toEqual([]);
  });
});
