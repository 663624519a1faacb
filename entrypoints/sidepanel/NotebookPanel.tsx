/** The side panel: the notebook's tabs, language switch, export/import and one notice line. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLanguage } from '@/components/language/use-language';
import { ExportImport, type ExportFormat, type ImportProgress } from '@/components/notebook/ExportImport';
import { LanguageSwitch } from '@/components/notebook/LanguageSwitch';
import { Notice as NoticeView } from '@/components/notebook/Notice';
import { TabBar } from '@/components/notebook/TabBar';
import { t, type Language } from '@/utils/i18n';
import { requestPersistence } from '@/utils/notebook/clips';
import type { NotebookDB } from '@/utils/notebook/db';
import { backup, clipsToCsv, clipsToJsonLd, clipsToXlsx } from '@/utils/notebook/export';
import { checkImportFile } from '@/utils/notebook/import-limits';
import { notebookEventMessage, watchNotebook } from '@/utils/notebook/connection';
import { ImportCancelled, takeOutInterruptedImports } from '@/utils/notebook/import-writing';
import type { ImportKind } from '@/utils/notebook/import-limits';
import { getSetting, setSetting } from '@/utils/settings';
import { download, fileName } from './download';
import { problemLines } from './notices';
import { startImport, warmUp } from './panel-worker-client';
import type { Notice } from './say';
import { TABS } from './tabs';

async function exportAs(db: NotebookDB, format: ExportFormat): Promise<void> {
  if (format === 'json') return download(await backup(db), fileName('json'), 'application/json');
  const clips = await db.clips.orderBy('clippedAt').toArray();
  if (format === 'jsonld') return download(clipsToJsonLd(clips), fileName('jsonld'), 'application/ld+json');
  const tolerances = await getSetting('tolerances');
  if (format === 'csv') return download(clipsToCsv(clips, tolerances), fileName('csv'), 'text/csv;charset=utf-8');
  return download(await clipsToXlsx(clips, tolerances), fileName('xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}

export function NotebookPanel({ db, initialLanguage }: { db: NotebookDB; initialLanguage: Language }) {
  const language = useLanguage(initialLanguage);
  const [tab, setTab] = useState(TABS[0]?.id ?? 'clips');
  const [notice, say] = useState<Notice | undefined>();
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState<ImportProgress & { cancel: () => void }>();

  useEffect(() => void requestPersistence(navigator.storage), []);
  // An upgrade waiting for another Soi page, or the notebook deleted elsewhere: the reader must know.
  useEffect(() => watchNotebook(db, (event) => say({ tone: 'error', lines: [notebookEventMessage(event)] })), [db]);
  // An import the last panel left half-written (closed, crashed) is taken out before anything is shown.
  useEffect(() => void takeOutInterruptedImports(db), [db]);
  // The worker starts with the panel (it loads and opens the notebook on its own thread), so the
  // Compare tab never waits for it: waiting for an idle moment, a big notebook's list kept the page
  // busy past the first click.
  useEffect(() => warmUp(db), [db]);
  useEffect(() => {
    if (!notice?.timeout) return;
    const timer = setTimeout(() => say(undefined), notice.timeout);
    return () => clearTimeout(timer);
  }, [notice]);

  const run = (work: () => Promise<string | undefined>, file?: string) => {
    setBusy(true);
    work()
      .then((done) => say(done ? { tone: 'info', lines: [done] } : undefined))
      .catch((error: unknown) => {
        const lines = problemLines(error);
        say({ tone: 'error', lines: file ? [t('notebookImportFailed', { file }), ...lines] : lines });
      })
      .finally(() => setBusy(false));
  };

  const importFile = (kind: ImportKind, file: File) =>
    run(async () => {
      checkImportFile(file, kind);
      const job = startImport(db, kind, file, (done, total) => setImporting((shown) => shown && { ...shown, done, total }));
      setImporting({ file: file.name, done: 0, total: 0, cancel: job.cancel });
      try {
        return t('notebookImportDone', { count: await job.done });
      } catch (error) {
        if (error instanceof ImportCancelled) return t('notebookImportCancelled', { file: file.name });
        throw error;
      } finally {
        setImporting(undefined);
      }
    }, file.name);

  const current = TABS.find((entry) => entry.id === tab) ?? TABS[0];
  // The same element while the tab and language stay: an import's progress re-renders the bar, never the list.
  const panel = useMemo(() => current && <current.Panel db={db} say={say} />, [current, db, language]);
  return (
    <main class="nb" lang={language}>
      <header class="nb-header">
        <h1>{t('notebookTitle')}</h1>
        <LanguageSwitch language={language} onChange={(next) => void setSetting('language', next)} />
      </header>
      <TabBar label={t('notebookTabsLabel')} tabs={TABS.map((entry) => ({ id: entry.id, label: t(entry.label) }))} current={tab} onSelect={setTab} />
      {current && (
        <section id={`panel-${current.id}`} role="tabpanel" aria-labelledby={`tab-${current.id}`} class="nb-panel">
          {panel}
        </section>
      )}
      {notice && <NoticeView tone={notice.tone} lines={notice.lines} action={notice.action} onDismiss={() => say(undefined)} />}
      <footer class="nb-footer">
        <ExportImport
          busy={busy}
          importing={importing}
          onCancelImport={() => importing?.cancel()}
          onExport={(format) => run(async () => (await exportAs(db, format), undefined))}
          onImportBackup={(file) => {
            if (!confirm(t('notebookImportConfirm'))) return;
            importFile('backup', file);
          }}
          onImportTable={(file) => importFile('table', file)}
        />
      </footer>
    </main>
  );
}
