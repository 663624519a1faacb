import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerSave, draftsForSelection, matchFigures, keepReport } from '@/utils/background/notebook-service';
import { handle, pageReportKey, type ClipDraft, type MatchQuery } from '@/utils/messaging';
import { saveClip } from '@/utils/notebook/clips';
import { openNotebook, type NotebookDB } from '@/utils/notebook/db';
import { DEFAULT_TOLERANCES } from '@/utils/settings';
import { background } from '../senders';
import { context, figureDraft, namDinh, year } from './drafts';

let db: NotebookDB | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  db?.close();
  if (db) await Dexie.delete(db.name);
});

const query = (text: string, value: number): MatchQuery => ({
  ref: text,
  text,
  value,
  figureKind: 'rank',
  of: 63,
  indicator: 'dti',
  subject: 'nam-dinh',
  period: '2022',
});

describe('the notebook as the background serves it', () => {
  it('tells a page which of its figures other sources confirm or contradict, naming them', async () => {
    db = openNotebook(`svc-${Math.random()}`);
    const dti = context('dti', namDinh, year(2022));
    await saveClip(
      db,
      figureDraft({ text: 'xếp thứ 10/63', value: 10, figureKind: 'rank', of: 63, attribution: dti, url: 'https://baonamdinh.vn/a', title: 'Báo Nam Định' }),
    );
    await saveClip(
      db,
      figureDraft({ text: 'đứng thứ 12/63', value: 12, figureKind: 'rank', of: 63, attribution: dti, url: 'https://ictvietnam.vn/b', title: 'ICT Việt Nam' }),
    );
    await saveClip(
      db,
      figureDraft({ text: 'xếp thứ 10/63', value: 10, figureKind: 'rank', of: 63, attribution: dti, url: 'https://namdinh.gov.vn/c', title: 'Cổng tỉnh' }),
    );

    const [ten, eleven] = await matchFigures(db, 'https://namdinh.gov.vn/c', [query('xếp thứ 10/63', 10), query('xếp thứ 11/63', 11)], DEFAULT_TOLERANCES);
    expect(ten?.held).toBe(true);
    expect(ten?.matches.map((h) => h.title)).toEqual(['Báo Nam Định']);
    expect(ten?.contradictions.map((h) => [h.title, h.site, h.text])).toEqual([['ICT Việt Nam', 'ictvietnam.vn', 'đứng thứ 12/63']]);
    expect(eleven?.held).toBe(false);
    expect(eleven?.matches).toEqual([]);
    expect(eleven?.contradictions).toHaveLength(2);
  });

  it('answers a save that hits a full disk with a quota error the user can read', async () => {
    db = openNotebook(`svc-${Math.random()}`);
    vi.spyOn(db.clips, 'add').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const answer = await answerSave(db, figureDraft());
    expect(answer).toMatchObject({ ok: false, code: 'quota' });
    expect(await db.clips.count()).toBe(0);
  });

  it('keeps the page report for the side panel', async () => {
    const report = {
      url: 'https://namdinh.gov.vn/c',
      counts: { figures: 5, references: 2 },
      findings: [{ rule: 'parts-total', status: 'warning' as const, items: ['128.034', '49.393', '177.427'], explanation: '128 034 + 49 393 = 177 427' }],
      pass: 'p1',
      parts: 1,
      joined: 1,
    };
    await keepReport(3, report);
    expect(await fakeBrowser.storage.session.get(pageReportKey(3))).toEqual({ [pageReportKey(3)]: report });
  });

  it('asks the page for the figures in a selection, with their attribution', async () => {
    const draft: ClipDraft = figureDraft();
    stop = handle({ 'reader.clipSelection': () => ({ ok: true, drafts: [draft] }) });
    // The fake browser has no tabs to deliver to: route the tab message to this world's listeners.
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: unknown) =>
      (await fakeBrowser.runtime.onMessage.trigger(message, background())).find((answer) => answer !== undefined)) as never);
    const drafts = await draftsForSelection({ id: 1, url: draft.url, title: draft.title } as never, 'đạt 98,65%');
    expect(drafts).toMatchObject([draft]);
  });

  it('finds the figures in the selected text itself when the page has no reader to ask', async () => {
    const tab = { id: 9, url: 'https://example.vn/bai', title: 'Một trang ngoài danh sách đọc' };
    const drafts = await draftsForSelection(tab as never, 'Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 72,34%.');
    expect(drafts).toMatchObject([
      { kind: 'figure', text: '72,34%', value: 72.34, figureKind: 'percent', url: tab.url, site: 'example.vn', attribution: { indicator: 'unknown' } },
    ]);
    const { quote } = drafts[0]!.selectors;
    expect(quote.exact).toBe('72,34%');
    expect(quote.prefix.endsWith('đạt ')).toBe(true);
  });
});
