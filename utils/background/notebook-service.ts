/**
 * The background's share of the notebook: it owns the database for the content script (which may
 * not open it), answers clipping and cross-check requests, keeps each tab's page report for the
 * side panel and the toolbar badge, and offers "Clip to Soi" on a selection and by shortcut.
 */
import { browser, type Browser } from 'wxt/browser';
import { extract } from '../extraction';
import { describe as describeSpot } from '../anchoring/anchor';
import { setLanguage, t } from '../i18n';
import { webLink } from '../links';
import {
  failure,
  handle,
  pageReportKey,
  sendToTab,
  type Answer,
  type ClipDraft,
  type Handlers,
  type MatchQuery,
  type MatchResult,
  type PageReport,
  type PageReportPart,
  type SourceHit,
} from '../messaging';
import { agree, comparable } from '../notebook/agreement';
import { isQuotaError, requestPersistence, saveClip } from '../notebook/clips';
import { notebook, type NotebookDB } from '../notebook/db';
import type { FigureClip } from '../notebook/types';
import { siteOf } from '../notebook/words';
import { inTurn, joinPart, startReport } from './page-report';
import { createPdfMenu, pdfClipAddress } from './pdf-opening';
import { getSetting, watchSetting, type Tolerances } from '../settings';
import { isClipAddress, isTabDocument, speaksFor, viewerAddress } from './trust';

const CLIP_MENU = 'soi-clip-selection';
const OPEN_MENU = 'soi-open-notebook';
/** Declared in wxt.config.ts `commands`. */
export const CLIP_COMMAND = 'clip-selection';

function errorAnswer(error: unknown) {
  if (isQuotaError(error)) return failure(t('notebookQuotaError'), 'quota');
  return failure(error instanceof Error ? error.message : String(error));
}

export async function answerSave(db: NotebookDB, draft: ClipDraft): Promise<Answer<'clip.save'>> {
  try {
    return { ok: true, ...(await saveClip(db, draft)) };
  } catch (error) {
    return errorAnswer(error);
  }
}

/**
 * What the card says of another source, and no more: its words, title and site, a web link, when
 * it was published. No clip ids, notes or tags; never a link that is not a web page.
 */
function hit(clip: FigureClip): SourceHit {
  return { text: clip.text, value: clip.value, title: clip.title, site: clip.site, url: webLink(clip.url) ?? '', publishedAt: clip.publishedAt };
}

/** Other sources named per figure and verdict: enough for the card, not a way to list the notebook. */
export const HITS_PER_FIGURE = 3;

/** For each figure on a page: is it in the notebook already, and which other sources agree or contradict it. */
export async function matchFigures(db: NotebookDB, url: string, figures: MatchQuery[], tolerances: Tolerances): Promise<MatchResult[]> {
  return db.transaction('r', db.clips, () =>
    Promise.all(
      figures.map(async (figure) => {
        const result: MatchResult = { ref: figure.ref, held: false, matches: [], contradictions: [] };
        if ([figure.indicator, figure.subject, figure.period].includes('unknown')) return result;
        const known = await db.clips.where('[indicator+subject+period]').equals([figure.indicator, figure.subject, figure.period]).toArray();
        for (const clip of known) {
          if (clip.kind !== 'figure' || clip.attribution.target) continue;
          if (clip.url === url) {
            if (clip.text === figure.text && clip.value === figure.value) result.held = true;
            continue;
          }
          if (!comparable(clip, figure)) continue;
          const hits = agree(clip, figure, tolerances) ? result.matches : result.contradictions;
          if (hits.length < HITS_PER_FIGURE) hits.push(hit(clip));
        }
        return result;
      }),
    ),
  );
}

/** Keeps a tab's latest report for the side panel's Checks tab (the reader control puts the count on the badge). */
export async function keepReport(tabId: number, report: PageReport): Promise<void> {
  await browser.storage.session.set({ [pageReportKey(tabId)]: report });
}

/** Appends a further part to the tab's report, if it belongs there (see `joinPart`). */
async function joinReportPart(tabId: number, part: PageReportPart): Promise<void> {
  const key = pageReportKey(tabId);
  const joined = joinPart((await browser.storage.session.get(key))[key] as PageReport | undefined, part);
  if (joined) await keepReport(tabId, joined);
}

/**
 * The drafts for a selection: the content script knows the page text, offsets and attribution;
 * where it does not answer (a page off the reading list not yet read), the figures are found in the
 * selected text itself and filed with attribution unknown, for the analyst to complete.
 */
export async function draftsForSelection(tab: Browser.tabs.Tab, selectionText: string | undefined): Promise<ClipDraft[]> {
  if (tab.id !== undefined) {
    const answer = await sendToTab(tab.id, 'reader.clipSelection', {});
    // Only the tab's own document, whatever its reader answers.
    const drafts = answer.ok ? answer.drafts.filter((draft) => isTabDocument(draft.url, tab.url)) : [];
    if (drafts.length) return drafts;
  }
  const text = (selectionText ?? '').slice(0, 10_000);
  const url = tab.url ?? '';
  if (!text || !isClipAddress(url)) return [];
  const { figures, references } = extract(text);
  const unknown = { indicator: 'unknown', subject: 'unknown', period: 'unknown' } as const;
  const source = { url, title: tab.title ?? url, site: siteOf(url), sentence: text, attribution: unknown };
  return [
    ...figures.map((f): ClipDraft => ({
      kind: 'figure',
      text: f.text,
      value: f.value,
      figureKind: f.kind,
      unit: f.unit,
      of: f.of,
      qualifier: f.qualifier,
      selectors: describeSpot(text, f.start, f.end),
      ...source,
    })),
    ...references.map((r): ClipDraft => ({
      kind: 'reference',
      text: r.text,
      symbol: r.symbol,
      docType: r.docType,
      issuer: r.issuer,
      date: r.date,
      selectors: describeSpot(text, r.start, r.end),
      ...source,
    })),
  ];
}

/** Clips what is selected in `tab`; the side panel's list, which follows the database, shows the new clips. */
async function clipSelection(db: NotebookDB, tab: Browser.tabs.Tab | undefined, selectionText?: string): Promise<number> {
  if (!tab) return 0;
  let saved = 0;
  for (const draft of await draftsForSelection(tab, selectionText)) {
    const answer = await answerSave(db, draft);
    if (answer.ok && !answer.duplicate) saved++;
    else if (!answer.ok) console.error('Soi: could not clip', answer.error);
  }
  return saved;
}

/**
 * The page's selected text, for a shortcut pressed where Soi's reader is not running (the shortcut
 * grants activeTab, so the page may be asked directly); undefined when the page cannot be scripted.
 */
async function selectedText(tabId: number): Promise<string | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => getSelection()?.toString() ?? '' });
    return typeof result?.result === 'string' ? result.result : undefined;
  } catch {
    return undefined;
  }
}

/** Opens a clip's page (reusing its tab when open) and asks the page to show the clipped spot. */
export async function openClip(db: NotebookDB, id: number): Promise<Answer<'clip.open'>> {
  const clip = await db.clips.get(id);
  if (!clip) return failure(t('notebookClipGone'));
  // An imported table's rows have no page to open; nothing but a web page or Soi's viewer is opened.
  if (!isClipAddress(clip.url)) return failure(t('clipAddressNotOpenable'), 'refused');
  // A clip from a PDF opens in Soi's viewer at its page; the viewer says so when the file has changed.
  const address = clip.pdf ? pdfClipAddress(browser.runtime.getURL('/'), clip.url, clip.pdf) : clip.url;
  const [open] = address.startsWith(viewerAddress()) ? [] : await browser.tabs.query({ url: address.split('#')[0] });
  const tab = open?.id !== undefined ? await browser.tabs.update(open.id, { active: true }) : await browser.tabs.create({ url: address });
  if (tab?.id === undefined) return failure(t('notebookOpenFailed'));
  // The page may still be loading and its content script not yet listening: ask a few times.
  for (let attempt = 0; attempt < 20; attempt++) {
    const answer = await sendToTab(tab.id, 'reader.reveal', { selectors: clip.selectors });
    if (answer.ok || answer.code !== 'no-receiver') return answer;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return failure(t('notebookRevealUnavailable'), 'no-receiver');
}

function createMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: CLIP_MENU, title: t('notebookClipMenu'), contexts: ['selection'] });
    browser.contextMenus.create({ id: OPEN_MENU, title: t('notebookOpenMenu'), contexts: ['action', 'page'] });
    createPdfMenu();
  });
}

/** The side panel in Chrome, the sidebar in Firefox; both must be opened from the user's gesture. */
function openNotebookPanel(tab: Browser.tabs.Tab | undefined): void {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && tab?.windowId !== undefined) void api.sidePanel.open({ windowId: tab.windowId });
  else void api.sidebarAction?.open();
}

type NotebookMessage = 'clip.save' | 'clip.open' | 'notebook.match' | 'page.report' | 'page.reportPart';

/**
 * The background's answers about the notebook. `handle` has already refused senders the protocol
 * does not name (clip.open: Soi's pages only); here each page may speak only for itself.
 */
export function notebookHandlers(db: NotebookDB): Handlers<NotebookMessage> {
  const refused = () => failure(t('clipAddressRefused'), 'refused');
  const reportInTurn = inTurn();
  return {
    'clip.save': (draft, sender) => (speaksFor(sender, draft.url) ? answerSave(db, draft) : refused()),
    'clip.open': ({ id }) => openClip(db, id),
    'notebook.match': async ({ url, figures }, sender) => {
      if (!speaksFor(sender, url)) return refused();
      try {
        return { ok: true, results: await matchFigures(db, url, figures, await getSetting('tolerances')) };
      } catch (error) {
        return errorAnswer(error);
      }
    },
    'page.report': async (report, sender) => {
      if (sender.tab?.id === undefined) return failure('page.report comes from a tab', 'invalid');
      if (!speaksFor(sender, report.url)) return refused();
      const tabId = sender.tab.id;
      if ((sender.frameId ?? 0) === 0) await reportInTurn(tabId, () => keepReport(tabId, startReport(report)));
      return { ok: true };
    },
    'page.reportPart': async (part, sender) => {
      if (sender.tab?.id === undefined) return failure('page.reportPart comes from a tab', 'invalid');
      if (!speaksFor(sender, part.url)) return refused();
      const tabId = sender.tab.id;
      if ((sender.frameId ?? 0) === 0) await reportInTurn(tabId, () => joinReportPart(tabId, part));
      return { ok: true };
    },
  };
}

export function startNotebookService(db: NotebookDB = notebook()): void {
  void requestPersistence(globalThis.navigator?.storage);

  handle(notebookHandlers(db));

  // A report belongs to the page it was made for: drop it when the tab navigates or closes.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void browser.storage.session.remove(pageReportKey(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(pageReportKey(tabId)));

  void getSetting('language').then((language) => {
    setLanguage(language);
    createMenus();
  });
  watchSetting('language', (language) => {
    setLanguage(language);
    createMenus();
  });
  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CLIP_MENU) void clipSelection(db, tab, info.selectionText);
    if (info.menuItemId === OPEN_MENU) openNotebookPanel(tab);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== CLIP_COMMAND) return;
    const target = tab ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
    void target.then(async (active) => clipSelection(db, active, active?.id === undefined ? undefined : await selectedText(active.id)));
  });
}
