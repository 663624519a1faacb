import { tinyPdf } from '../../../tests/fixtures/pdf/tiny-pdf';
import { defineGeneratedPage } from '../generated-page';

/**
 * A two-page report typed in a TCVN3 font (`.VnTime`, headings in `.VnTimeH`), as provincial offices
 * printed them for years: PDF.js reads it as `B¸o c¸o`; Soi's viewer reads `Báo cáo`. Our own
 * sentences around real-shaped figures and references; a running header and page numbers.
 */
const line = (text: string, y: number, font = '.VnTime', size = 12) => ({ text, x: 70, y, font, size });
const running = (n: number) => [line('UBND tØnh Nam §Þnh - B¸o c¸o kinh tÕ - x· héi', 810, '.VnTime', 9), { text: String(n), x: 295, y: 30, size: 9 }];

export default defineGeneratedPage({
  path: '/van-ban/bao-cao-tcvn3.pdf',
  title: 'PDF in a TCVN3 (.VnTime) font',
  description: 'A report typed in a legacy Vietnamese font encoding, for the PDF viewer',
  contentType: 'application/pdf',
  render: () =>
    tinyPdf(
      [
        [
          ...running(1),
          line('b¸o c¸o', 760, '.VnTimeH', 14),
          line('T×nh h×nh kinh tÕ - x· héi n¨m 2023', 740, '.VnTime', 12),
          line('Thùc hiÖn QuyÕt ®Þnh sè 1961/Q§-UBND ngµy 15/10/2021 cña ñy ban nh©n d©n tØnh,', 700),
          line('tû lÖ hå s¬ gi¶i quyÕt ®óng h¹n ®¹t 98,65%; tØnh xÕp thø 10/63 vÒ chØ sè', 684),
          line('chuyÓn ®æi sè cÊp tØnh, t¨ng 5 bËc so víi n¨m tr­íc.', 668),
        ],
        [...running(2), line('Tæng vèn ®Çu t­ cho chuyÓn ®æi sè lµ 710 tû ®ång.', 760)],
      ],
      { title: 'Bao cao kinh te - xa hoi 2023' },
    ),
});
