/**
 * The background trusts only Soi: it answers Soi's own content scripts and pages, each only about
 * the page it is in; it stores no address but a web page's or a web PDF's in Soi's viewer, and
 * nothing that is not a web page is ever shown or exported as a link.
 */
import { Dexie } from 'dexie';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClipCard } from '@/components/notebook/ClipCard';
import { IndicatorComparison, SHOWN_SOURCES } from '@/components/notebook/IndicatorComparison';
import { HITS_PER_FIGURE, notebookHandlers } from '@/utils/background/notebook-service';
import { onPageReport } from '@/utils/background/reader-control';
import { handle, pageReportKey, send, type ClipDraft, type MatchQuery } from '@/utils/messaging';
import { saveClip } from '@/utils/notebook/clips';
import { parseCsv } from '@/utils/notebook/csv';
import { openNotebook, type NotebookDB } from '@/utils/notebook/db';
import { backup, clipsToCsv, clipsToJsonLd } from '@/utils/notebook/export';
import { buildGrid, gridView } from '@/utils/notebook/grid';
import { ImportError, restoreBackup } from '@/utils/notebook/import';
import type { Clip } from '@/utils/notebook/types';
import { DEFAULT_TOLERANCES } from '@/utils/settings';
import { context, figureDraft, namDinh, year } from './notebook/drafts';
import { background, contentScript, deliverAs, otherExtension, soiPage } from './senders';

const PAGE = 'https://namdinh.gov.vn/tin-tuc/dti-2022';
const PDF = 'https://namdinh.gov.vn/files/bao-cao.pdf';
const viewerOf = (pdf: string) => `/pdf.html?file=${encodeURIComponent(pdf)}`;
const dti = context('dti', namDinh, year(2022));
const rank = (overrides: Partial<Extract<ClipDraft, { kind: 'figure' }>> = {}) =>
  figureDraft({ text: 'xếp thứ 10/63', value: 10, figureKind: 'rank', of: 63, attribution: dti, url: PAGE, ...overrides });
const query = (value: number): MatchQuery => ({
  ref: `r${value}`,
  text: `thứ ${value}/63`,
  value,
  figureKind: 'rank',
  of: 63,
  indicator: 'dti',
  subject: 'nam-dinh',
  period: '2022',
});

let db: NotebookDB;
let stop: (() => void) | undefined;
beforeEach(() => {
  db = openNotebook(`trust-${Math.random()}`);
  stop = handle(notebookHandlers(db));
});
afterEach(async () => {
  stop?.();
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

describe('who the background answers', () => {
  it.each([
    ['another extension', otherExtension()],
    ['a sender the browser does not name', {}],
    ['a web page pretending to be Soi', { id: 'test-extension-id-not', url: PAGE }],
    ['Soi’s id without a tab or a Soi page', { id: fakeBrowser.runtime.id, url: PAGE }],
  ])('refuses a clip from %s and stores nothing', async (_, sender) => {
    deliverAs(sender);
    expect(await send('clip.save', rank())).toMatchObject({ ok: false, code: 'refused' });
    expect(await db.clips.count()).toBe(0);
  });

  it('keeps a clip from Soi’s content script in the page it names, whatever spot of the page is in view', async () => {
    deliverAs(contentScript(`${PAGE}#muc-2`));
    expect(await send('clip.save', rank())).toMatchObject({ ok: true, duplicate: false });
    expect(await db.clips.count()).toBe(1);
  });

  it.each([
    ['javascript:alert(document.domain)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['https://baonamdinh.vn/another-site'],
    ['https://namdinh.gov.vn/tin-tuc/other-article'],
  ])('refuses a clip whose address %s is not the page it came from', async (url) => {
    deliverAs(contentScript(PAGE));
    const answer = await send('clip.save', rank({ url }));
    expect(answer).toMatchObject({ ok: false, code: 'refused' });
    expect(!answer.ok && answer.error).toMatch(/chỉ lưu/);
    expect(await db.clips.count()).toBe(0);
  });

  it('keeps a clip of a web PDF from Soi’s viewer, under the viewer or the PDF’s address, and from the side panel', async () => {
    deliverAs(soiPage(viewerOf(PDF), 4));
    expect(await send('clip.save', rank({ url: fakeBrowser.runtime.getURL(viewerOf(PDF) as '/sidepanel.html') }))).toMatchObject({ ok: true });
    expect(await send('clip.save', rank({ url: PDF, text: 'thứ 10' }))).toMatchObject({ ok: true });
    deliverAs(soiPage('/sidepanel.html'));
    expect(await send('clip.save', rank())).toMatchObject({ ok: true });
    expect(await db.clips.count()).toBe(3);
  });

  it.each([
    [
      'a viewer showing a local file',
      soiPage(viewerOf('file:///home/me/secret.pdf'), 4),
      `chrome-extension://test-extension-id${viewerOf('file:///home/me/secret.pdf')}`,
    ],
    ['the side panel, for a javascript: address', soiPage('/sidepanel.html'), 'javascript:alert(1)'],
    ['the side panel, for a local file', soiPage('/sidepanel.html'), 'file:///etc/passwd'],
    ['another extension’s viewer', { id: 'someone-else', url: `chrome-extension://someone-else${viewerOf(PDF)}` }, PDF],
  ])('refuses a clip from %s', async (_, sender, url) => {
    deliverAs(sender);
    expect(await send('clip.save', rank({ url }))).toMatchObject({ ok: false, code: 'refused' });
    expect(await db.clips.count()).toBe(0);
  });

  it('opens a clip’s source only when Soi’s own pages ask', async () => {
    const { id } = await saveClip(db, rank());
    const create = vi.spyOn(browser.tabs, 'create');
    deliverAs(contentScript('https://evil.example/'));
    expect(await send('clip.open', { id })).toMatchObject({ ok: false, code: 'refused' });
    expect(create).not.toHaveBeenCalled();
  });

  it('never opens a clip whose stored address is not a web page', async () => {
    const { id } = await saveClip(db, rank());
    await db.clips.update(id, { url: 'javascript:alert(1)' });
    const create = vi.spyOn(browser.tabs, 'create');
    deliverAs(soiPage('/sidepanel.html'));
    expect(await send('clip.open', { id })).toMatchObject({ ok: false, code: 'refused' });
    expect(create).not.toHaveBeenCalled();
  });

  it('lets only the background ask a page’s reader for its selection', async () => {
    const stopReader = handle({ 'reader.clipSelection': () => ({ ok: true, drafts: [] }) });
    deliverAs(contentScript('https://evil.example/'));
    expect(await send('reader.clipSelection' as never, {} as never)).toMatchObject({ ok: false, code: 'refused' });
    deliverAs(background());
    expect(await send('reader.clipSelection' as never, {} as never)).toMatchObject({ ok: true });
    stopReader();
  });
});

describe('what the cross-check tells a page', () => {
  beforeEach(async () => {
    for (let i = 0; i < 5; i++) await saveClip(db, rank({ url: `https://bao${i}.vn/dti`, title: `Báo ${i}` }));
    for (let i = 0; i < 5; i++) await saveClip(db, rank({ url: `https://tap-chi${i}.vn/dti`, value: 20, text: 'thứ 20/63' }));
    const { id } = await saveClip(db, rank({ url: 'https://cong.vn/dti', title: 'Cổng', value: 12, text: 'thứ 12/63' }));
    await db.clips.update(id, { url: 'javascript:alert(1)', note: 'ghi chú riêng', tags: ['riêng'] });
  });

  it('answers only Soi’s content script, and only about the page it is in', async () => {
    deliverAs(otherExtension());
    expect(await send('notebook.match', { url: PAGE, figures: [query(10)] })).toMatchObject({ ok: false, code: 'refused' });
    deliverAs(contentScript('https://evil.example/'));
    expect(await send('notebook.match', { url: PAGE, figures: [query(10)] })).toMatchObject({ ok: false, code: 'refused' });
  });

  it('names a few sources per figure with what the card shows: no ids, notes, tags or non-web links', async () => {
    deliverAs(contentScript(PAGE));
    const answer = await send('notebook.match', { url: PAGE, figures: [query(12)] });
    expect(answer.ok).toBe(true);
    const [result] = answer.ok ? answer.results : [];
    expect(result?.matches.length).toBe(1);
    expect(result?.contradictions.length).toBe(HITS_PER_FIGURE);
    const everything = JSON.stringify(answer);
    expect(everything).not.toMatch(/javascript:|ghi chú riêng|riêng|clipId/);
    expect(Object.keys(result?.matches[0] ?? {}).sort()).toEqual(['publishedAt', 'site', 'text', 'title', 'url', 'value']);
  });
});

describe('a page’s report', () => {
  it('is kept for the tab only when it is about the page the tab shows', async () => {
    const report = { url: 'https://other.vn/', counts: { figures: 1, references: 0 }, findings: [], pass: 'p1', parts: 1 };
    deliverAs(contentScript(PAGE, 5));
    expect(await send('page.report', report)).toMatchObject({ ok: false, code: 'refused' });
    expect(await fakeBrowser.storage.session.get(pageReportKey(5))).toEqual({});
    const badge = vi.spyOn(browser.action, 'setBadgeText');
    await onPageReport(report, contentScript(PAGE, 5));
    expect(badge).not.toHaveBeenCalled();
  });
});

describe('links Soi shows and exports', () => {
  async function hostileClip(): Promise<Clip> {
    const { id } = await saveClip(db, rank());
    await db.clips.update(id, { url: 'javascript:alert(1)' });
    return (await db.clips.get(id)) as Clip;
  }

  it('writes no non-web address into CSV, XLSX rows or JSON-LD', async () => {
    const clip = await hostileClip();
    expect(clipsToCsv([clip], DEFAULT_TOLERANCES)).not.toContain('javascript:');
    expect(parseCsv(clipsToCsv([clip], DEFAULT_TOLERANCES))[1]?.cells[15]).toBe('');
    expect(clipsToJsonLd([clip])).not.toContain('javascript:');
  });

  it('exports the web PDF, not the viewer, for a clip made in Soi’s viewer', async () => {
    const { id } = await saveClip(db, rank({ url: fakeBrowser.runtime.getURL(viewerOf(PDF) as '/sidepanel.html') }));
    const clip = (await db.clips.get(id)) as Clip;
    expect(parseCsv(clipsToCsv([clip], DEFAULT_TOLERANCES))[1]?.cells[15]).toBe(PDF);
    expect(JSON.parse(clipsToJsonLd([clip])).first.items[0].target.source).toBe(PDF);
  });

  it('renders no link and no open button for it in the side panel', async () => {
    const clip = await hostileClip();
    const root = document.createElement('div');
    render(
      <IndicatorComparison
        view={gridView(buildGrid([clip], { map: 63, tolerances: DEFAULT_TOLERANCES })[0]!, SHOWN_SOURCES)}
        loadSources={() => Promise.resolve([])}
      />,
      root,
    );
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    render(<ClipCard clip={clip} onEdit={() => undefined} onDelete={() => undefined} onOpen={() => undefined} />, root);
    expect(root.textContent).not.toContain('Mở nguồn');
  });

  it('refuses a backup holding a javascript: address', async () => {
    await hostileClip();
    const json = await (await backup(db)).text();
    const error = await restoreBackup(db, json).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems[0]).toMatch(/url/);
  });
});
