/** The newspaper side of the notebook's two sources (see notebook-sources.ts). */
import { defineGeneratedPage } from '../generated-page';
import { articlePage, genericOutlet } from '../layout';
import { NOTEBOOK_NEWSPAPER_PATH } from './notebook-sources';

export default defineGeneratedPage({
  path: NOTEBOOK_NEWSPAPER_PATH,
  title: 'Nguồn 2 của sổ tay: báo tỉnh',
  description: 'DTI 2022 rank 12/63 (contradicts the portal) and an on-time rate of over 98% (agrees).',
  render: ({ host }) =>
    articlePage(
      genericOutlet(host),
      {
        title: 'Nam Định và cuộc đua chuyển đổi số',
        date: '2023-05-03',
        section: 'Kinh tế',
        body:
          'Bảng xếp hạng Bộ chỉ số chuyển đổi số (DTI) năm 2022 cho thấy tỉnh Nam Định đứng thứ 12/63 tỉnh, thành phố.\n\n' +
          'Cũng trong năm 2022, tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn của tỉnh Nam Định đạt trên 98%.',
      },
      [],
    ),
});
