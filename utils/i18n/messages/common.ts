/** Strings shared by every Soi surface. Vietnamese first; English must have every key. */
export const common = {
  vi: {
    appName: 'Soi',
    close: 'Đóng',
  },
  en: {
    appName: 'Soi',
    close: 'Close',
  },
} as const;
