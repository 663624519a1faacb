/** Clip drafts for tests: our own sentences around figures the way provincial pages write them. */
import type { FigureContext, Period, Subject } from '@/utils/attribution/types';
import type { ClipDraft } from '@/utils/messaging';

export const namDinh: Subject = { id: 'nam-dinh', name: 'Nam Định', map: 63 };
export const haNam: Subject = { id: 'ha-nam', name: 'Hà Nam', map: 63 };
export const year = (y: number): Period => ({ key: String(y), from: `${y}-01-01`, to: `${y}-12-31`, basis: 'year' });

export function context(indicator: string, subject: Subject, period: Period): FigureContext {
  return { indicator: { id: indicator, name: indicator.toUpperCase() }, subject, period };
}

let position = 0;

export function figureDraft(overrides: Partial<Extract<ClipDraft, { kind: 'figure' }>> = {}): ClipDraft {
  const text = overrides.text ?? 'đạt 98,65%';
  const start = overrides.selectors?.position.start ?? (position += 100);
  return {
    kind: 'figure',
    text,
    value: 98.65,
    figureKind: 'percent',
    attribution: context('online-records', namDinh, year(2023)),
    sentence: `Tỷ lệ hồ sơ giải quyết đúng hạn ${text} trong năm 2023.`,
    selectors: { quote: { exact: text, prefix: 'đúng hạn ', suffix: ' trong năm' }, position: { start, end: start + text.length } },
    url: 'https://www.namdinh.gov.vn/tin-tuc/cai-cach-hanh-chinh',
    title: 'Cải cách hành chính năm 2023',
    site: 'www.namdinh.gov.vn',
    publishedAt: '2024-01-10',
    ...overrides,
  } as ClipDraft;
}

export function referenceDraft(): ClipDraft {
  return {
    kind: 'reference',
    text: 'Nghị quyết số 09-NQ/TU ngày 15-10-2021',
    symbol: '09-NQ/TU',
    docType: 'Nghị quyết',
    date: '2021-10-15',
    attribution: { indicator: 'unknown', subject: 'unknown', period: 'unknown' },
    sentence: 'Thực hiện Nghị quyết số 09-NQ/TU ngày 15-10-2021 của Tỉnh ủy về chuyển đổi số.',
    selectors: { quote: { exact: 'Nghị quyết số 09-NQ/TU ngày 15-10-2021', prefix: 'Thực hiện ', suffix: ' của Tỉnh ủy' }, position: { start: 10, end: 48 } },
    url: 'https://namdinh.gov.vn/chuyen-doi-so',
    title: 'Chuyển đổi số',
    site: 'namdinh.gov.vn',
  };
}
