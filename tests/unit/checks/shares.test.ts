import { describe, expect, it } from 'vitest';
import { partOverWhole } from '../../../utils/checks/part-over-whole';
import { shareOver100 } from '../../../utils/checks/share-over-100';
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
