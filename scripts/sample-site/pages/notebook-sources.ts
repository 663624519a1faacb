/**
 * Two sources on the same indicators, province and year, for the notebook's end-to-end test: a
 * provincial portal and a newspaper. They agree on the on-time rate (`98,65%` and `trên 98%`) and
 * disagree on the DTI rank (`10/63` and `12/63`). Our own sentences, in the portals' style.
 */
import { defineGeneratedPage } from '../generated-page';
import { articlePage, genericOutlet } from '../layout';

export const NOTEBOOK_PORTAL_PATH = '/generated/notebook/cong-tinh';
export const NOTEBOOK_NEWSPAPER_PATH = '/generated/notebook/bao';

export const portal = defineGeneratedPage({
  path: NOTEBOOK_PORTAL_PATH,
  title: 'Nguồn 1 của sổ tay: cổng tỉnh',
  description: 'DTI 2022 rank 10/63 and an on-time rate of 98,65% for Nam Định.',
  render: ({ host }) =>
    articlePage(
      genericOutlet(host),
      {
        title: 'Chuyển đổi số tỉnh Nam Định năm 2022',
        date: '2023-04-12',
        section: 'Chuyển đổi số',
        body:
          'Theo kết quả Bộ chỉ số chuyển đổi số (DTI) năm 2022 do Bộ Thông tin và Truyền thông công bố, tỉnh Nam Định xếp thứ 10/63 tỉnh, thành phố, tăng 6 bậc so với năm 2021.\n\n' +
          'Năm 2022, tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn của tỉnh Nam Định đạt 98,65%.',
      },
      [],
    ),
});

export default portal;
