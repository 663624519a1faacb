import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction/extract';
import { figuresOf } from './helpers';

type Row = [string, Array<Record<string, unknown>>];

describe('money with the currency sign after the number', () => {
  it.each<Row>([
    ['Mỗi bộ sách giáo khoa bán lẻ 10$ tại nhà sách.', [{ kind: 'money', value: 10, unit: 'USD', text: '10$' }]],
    ['Cổ phiếu chốt phiên ở 3.14US$ sau đợt điều chỉnh.', [{ kind: 'money', value: 3.14, unit: 'USD', text: '3.14US$' }]],
    ['Xã đã chi 1.234.567₫ cho hội nghị tổng kết.', [{ kind: 'money', value: 1234567, unit: 'VND', text: '1.234.567₫' }]],
    ['Hàng mẫu được bán với giá 25 $ một chiếc.', [{ kind: 'money', value: 25, unit: 'USD', text: '25 $' }]],
    [
      'Cửa hàng bán giá 10$ 20 sản phẩm trong ngày.',
      [
        { kind: 'money', value: 10, unit: 'USD', text: '10$' },
        { kind: 'count', value: 20, unit: 'sản phẩm', text: '20 sản phẩm' },
      ],
    ],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('money per unit keeps its unit in the text', () => {
  it.each<Row>([
    ['Thương lái thu mua lúa tươi 100₫/kg cao hơn vụ trước.', [{ kind: 'money', value: 100, unit: 'VND', text: '100₫/kg' }]],
    ['Nhà mạng thu thêm 30đ/TB mỗi tháng.', [{ kind: 'money', value: 30, unit: 'VND', text: '30đ/TB' }]],
    ['Mức hỗ trợ là 1,5 triệu đồng/người.', [{ kind: 'money', value: 1.5e6, unit: 'VND', text: '1,5 triệu đồng/người' }]],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));

  it('does not read a price per subscriber as a document symbol', () => {
    expect(extract('Nhà mạng thu thêm 30đ/TB mỗi tháng.').references).toEqual([]);
  });
});

describe('money after mức', () => {
  it.each<Row>([
    ['Người cao tuổi được hỗ trợ mức 1,5 triệu đồng mỗi tháng.', [{ kind: 'money', value: 1.5e6, unit: 'VND', text: '1,5 triệu đồng' }]],
    ['Phí thẩm định giữ ở mức 200.000đ mỗi hồ sơ.', [{ kind: 'money', value: 200000, unit: 'VND', text: '200.000đ' }]],
    ['Lương tối thiểu vùng tăng lên mức 4,96 triệu đồng.', [{ kind: 'money', value: 4.96e6, unit: 'VND', text: '4,96 triệu đồng' }]],
    // A level stays a level.
    ['Xã đạt mức 4 về chuyển đổi số.', []],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('words that start with a currency word are no currency', () => {
  it.each<Row>([
    ['Mức 4 đồng thời là mức cao nhất của dịch vụ công.', []],
    ['Năm 2023 đồng chí Bí thư tỉnh ủy về thăm huyện.', []],
    ['Tháng 3 đồng loạt ra quân làm sạch kênh mương.', []],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});

describe('a money range joined by a hyphen keeps both ends', () => {
  it.each<Row>([
    [
      'Giá vé tham quan 50.000đ-100.000đ mỗi lượt.',
      [
        { kind: 'money', value: 50000, unit: 'VND', text: '50.000đ-100.000đ' },
        { kind: 'money', value: 100000, unit: 'VND', text: '100.000đ' },
      ],
    ],
    [
      'Phụ kiện có giá 10$-20$ tùy loại.',
      [
        { kind: 'money', value: 10, unit: 'USD', text: '10$-20$' },
        { kind: 'money', value: 20, unit: 'USD', text: '20$' },
      ],
    ],
    [
      'Vé gửi xe 50.000-100.000đ mỗi tháng.',
      [
        { kind: 'money', value: 50000, unit: 'VND', text: '50.000-100.000đ' },
        { kind: 'money', value: 100000, unit: 'VND', text: '100.000đ' },
      ],
    ],
    [
      'Thu nhập bình quân 10-12 triệu đồng mỗi tháng.',
      [
        { kind: 'money', value: 10e6, unit: 'VND', text: '10-12 triệu đồng' },
        { kind: 'money', value: 12e6, unit: 'VND', text: '12 triệu đồng' },
      ],
    ],
    [
      'Mỗi dự án cần 1 triệu-2 triệu USD vốn đối ứng.',
      [
        { kind: 'money', value: 1e6, unit: 'USD', text: '1 triệu-2 triệu USD' },
        { kind: 'money', value: 2e6, unit: 'USD', text: '2 triệu USD' },
      ],
    ],
    // A name glued to a number by a hyphen stays a name.
    ['Quỹ phòng chống Covid-19 còn 5 tỷ đồng.', [{ kind: 'money', value: 5e9, unit: 'VND', text: '5 tỷ đồng' }]],
  ])('%s', (text, expected) => expect(figuresOf(text)).toEqual(expected));
});
