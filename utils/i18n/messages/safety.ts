/**
 * Strings of what Soi refuses to protect the notebook: files past their bounds or crafted to
 * reach beyond the notebook, links that are not web pages, a save made from an outdated copy.
 * Vietnamese first; English must have every key.
 */
export const safety = {
  vi: {
    importFileTooLarge: 'tệp quá lớn ({size} MB; tối đa {limit} MB)',
    importTooManyRows: 'tệp có {count} dòng, quá giới hạn {limit} dòng',
    importTooLong: 'dài {length} ký tự, quá giới hạn {limit}',
    importTooDeep: 'lồng nhau quá {limit} tầng',
    importForbiddenKey: 'tên trường “{key}” không được phép (nó có thể chạm tới mã của trang)',
    importBadTypePath: 'chú thích kiểu “{path}” không trỏ tới trường nào của bản ghi',
    importBadType: 'kiểu “{type}” ở “{path}” không có trong sổ tay Soi',
    importUnknownTable: 'bảng “{table}” không có trong sổ tay Soi',
    clipAddressRefused: 'Soi chỉ lưu số liệu của chính trang web (http, https) hoặc tệp PDF đang mở ở đây.',
    clipAddressNotOpenable: 'Nguồn này không phải trang web nên không mở được.',
    clipEditStale: 'Số liệu này vừa được sửa ở cửa sổ khác, cùng chỗ bạn sửa, nên thay đổi của bạn chưa được lưu. Hãy mở lại để xem bản mới nhất rồi sửa lại.',
    clipEditMerged: 'Đã lưu. Số liệu này cũng vừa được sửa ở cửa sổ khác; cả hai thay đổi đều được giữ.',
    clipNoteTooLong: 'Ghi chú dài {length} ký tự, quá giới hạn {limit}; chưa lưu.',
    clipUndoExpired: 'Không hoàn tác được: sổ tay đã bị xóa toàn bộ hoặc thay bằng bản khác sau khi bạn xóa số liệu này.',
    notebookBlocked: 'Soi cần nâng cấp sổ tay nhưng một trang Soi khác (thẻ hoặc cửa sổ khác) đang giữ nó. Hãy đóng hoặc tải lại trang đó; không có gì bị mất.',
    notebookChangedElsewhere: 'Sổ tay vừa bị xóa hoặc nâng cấp ở một trang Soi khác. Hãy tải lại trang này trước khi sửa tiếp.',
    notebookClosed: 'Trình duyệt đã đóng sổ tay (có thể do dữ liệu trang bị xóa). Hãy tải lại trang này.',
  },
  en: {
    importFileTooLarge: 'the file is too large ({size} MB; at most {limit} MB)',
    importTooManyRows: 'the file has {count} rows, more than the {limit} allowed',
    importTooLong: '{length} characters long, more than the {limit} allowed',
    importTooDeep: 'nested more than {limit} levels deep',
    importForbiddenKey: 'the field name “{key}” is not allowed (it could reach the page’s own code)',
    importBadTypePath: 'the type annotation “{path}” names no field of the record',
    importBadType: 'the type “{type}” at “{path}” is not one a Soi notebook uses',
    importUnknownTable: 'the table “{table}” is not part of a Soi notebook',
    clipAddressRefused: 'Soi only keeps figures of the web page (http, https) or PDF open here.',
    clipAddressNotOpenable: 'This source is not a web page, so it cannot be opened.',
    clipEditStale:
      'This clip was just changed in another window, where you changed it, so your change was not saved. Open it again to see the latest version, then edit it again.',
    clipEditMerged: 'Saved. This clip was also just changed in another window; both changes are kept.',
    clipNoteTooLong: 'The note is {length} characters long, more than the {limit} allowed; not saved.',
    clipUndoExpired: 'Cannot undo: the notebook was deleted or replaced after you deleted this clip.',
    notebookBlocked:
      'Soi needs to upgrade the notebook, but another Soi page (another tab or window) is holding it. Close or reload that page; nothing is lost.',
    notebookChangedElsewhere: 'The notebook was just deleted or upgraded in another Soi page. Reload this page before editing further.',
    notebookClosed: 'The browser closed the notebook (its site data may have been cleared). Reload this page.',
  },
} as const;
