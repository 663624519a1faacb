import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction/extract';
import { figuresOf } from './helpers';

describe('a view counter hides only its own number', () => {
  it('reads an article flattened into one line after a view counter', () => {
    const text =
      'Lượt xem: 1.234 Năm 2024, huyện tiếp nhận 8.412 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 97,3%. Tổng thu ngân sách đạt 2,1 nghìn tỷ đồng theo Kế hoạch số 45/KH-UBND.';
    const { figures, references } = extract(text);
    expect(figures.map((f) => f.text)).toEqual(['8.412 hồ sơ', '97,3%', '2,1 nghìn tỷ đồng']);
    expect(references.map((r) => r.symbol)).toEqual(['45/KH-UBND']);
  });

  it('reads the article after a date line and a counter run together', () => {
    expect(figuresOf('Ngày đăng: 04/06/2024 | Lượt xem: 2.015 | Tỷ lệ hồ sơ trực tuyến đạt 81,6%.')).toEqual([{ kind: 'percent', value: 81.6, text: '81,6%' }]);
  });

  it.each<string>(['Hôm nay: 12 Hôm qua: 340 Tổng truy cập: 1.234.567', 'Thống kê truy cập:\nĐang truy cập: 15\nTất cả: 2.345.678', 'Lượt xem: 1.234 lượt'])(
    'still reads no figure in the counters themselves: %j',
    (text) => expect(figuresOf(text)).toEqual([]),
  );

  it('still hides a contact line to its end', () => {
    expect(figuresOf('Địa chỉ: Số 154 Trần Hưng Đạo, tổ 12 khu phố 4, 250 hộ dân')).toEqual([]);
  });
});
