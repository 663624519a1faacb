/** Strings of the extension pages' frames: side panel and options page headings. */
export const shell = {
  vi: {
    notebookTitle: 'Sổ tay so sánh',
    notebookEmpty: 'Chưa có số liệu nào được lưu. Mở một trang trong danh sách đọc, rồi lưu số liệu vào sổ tay.',
    optionsTitle: 'Cài đặt Soi',
    readingListTitle: 'Danh sách đọc',
    readingListHelp: 'Soi tự đọc các trang thuộc những trang web sau. Trang khác: bấm nút Soi trên thanh công cụ.',
  },
  en: {
    notebookTitle: 'Comparison notebook',
    notebookEmpty: 'No figures clipped yet. Open a page on the reading list and clip figures into the notebook.',
    optionsTitle: 'Soi settings',
    readingListTitle: 'Reading list',
    readingListHelp: 'Soi reads pages on these sites by itself. Any other page: click the Soi toolbar button.',
  },
} as const;
