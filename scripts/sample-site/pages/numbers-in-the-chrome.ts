/**
 * A page whose only numbers are the site's own: visitor counter, phone and fax, licence,
 * opening hours. A reader wants none of them marked as an indicator figure.
 */
import { defineGeneratedPage } from '../generated-page';
import { articlePage, genericOutlet } from '../layout';

export default defineGeneratedPage({
  path: '/generated/numbers-in-the-chrome',
  title: 'Trang chỉ có số của khung trang',
  description: 'No figure to mark: the only numbers are counters, phone numbers and opening hours.',
  render: ({ host }) =>
    articlePage(
      genericOutlet(host),
      {
        title: 'Thông báo lịch tiếp công dân',
        body: 'Bộ phận một cửa tiếp công dân vào các ngày làm việc trong tuần, từ thứ Hai đến thứ Sáu.\n\nSáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ. Mọi thắc mắc xin gọi đường dây nóng 1900.6789.',
      },
      [],
    ),
});
