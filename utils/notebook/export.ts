/**
 * Taking the notebook out: a table for Excel (CSV, XLSX), a full backup (dexie-export-import's
 * format, restored by import.ts), and W3C Web Annotations for other annotation tools.
 */
import { exportDB } from 'dexie-export-import';
import { GRID_ENTRIES } from './grid-store';
import writeXlsxFile from 'write-excel-file/universal';
import { t } from '../i18n';
import { webLink } from '../links';
import { toCsv, type CsvCell } from './csv';
import type { NotebookDB } from './db';
import { disagreementsIn, gridEntryOf } from './grid';
import type { Clip, GridEntry } from './types';
import type { Tolerances } from '../settings';

const iso = (ms: number) => new Date(ms).toISOString();

function header(): string[] {
  return [
    t('notebookIndicator'),
    t('notebookProvince'),
    t('notebookPeriod'),
    t('notebookColumnValue'),
    t('notebookColumnKind'),
    t('notebookColumnUnit'),
    t('notebookColumnOf'),
    t('notebookColumnHedge'),
    t('notebookColumnTarget'),
    t('notebookColumnConflict'),
    t('notebookColumnText'),
    t('notebookSentence'),
    t('notebookColumnSymbol'),
    t('notebookColumnTitle'),
    t('notebookSite'),
    t('notebookColumnUrl'),
    t('notebookColumnPublished'),
    t('notebookColumnClipped'),
    t('notebookNote'),
    t('notebookTag'),
  ];
}

/**
 * One row per clip, as an analyst reads a comparison table: what, where, when, how much, from
 * where; `Sources disagree` marks figures another clip of the same cell contradicts.
 */
export function clipTable(clips: readonly Clip[], tolerances: Tolerances): CsvCell[][] {
  const cells = new Map<string, GridEntry[]>();
  for (const clip of clips) {
    // Only figures placed on all three axes share a cell with others.
    const entry = gridEntryOf(clip);
    if (!entry) continue;
    const key = `${entry.indicator}\u0000${entry.subject}\u0000${entry.period}`;
    const cell = cells.get(key);
    if (cell) cell.push(entry);
    else cells.set(key, [entry]);
  }
  const disputed = new Set<number>();
  for (const entries of cells.values()) {
    for (const [a, b] of disagreementsIn(entries, tolerances)) disputed.add(a).add(b);
  }
  const rows: CsvCell[][] = [header()];
  for (const clip of clips) {
    const { indicator, subject, period, target } = clip.attribution;
    const figure = clip.kind === 'figure' ? clip : undefined;
    rows.push([
      indicator === 'unknown' ? '' : indicator.name,
      subject === 'unknown' ? '' : subject.name,
      period === 'unknown' ? '' : period.key,
      figure?.value,
      t(figure ? (`notebookKind_${figure.figureKind}` as const) : 'notebookKind_reference'),
      figure?.unit,
      figure?.of,
      figure?.qualifier,
      target ? t('notebookYes') : '',
      disputed.has(clip.id) ? t('notebookYes') : '',
      clip.text,
      clip.sentence,
      clip.kind === 'reference' ? clip.symbol : undefined,
      clip.title,
      clip.site,
      // Never a link a spreadsheet would follow somewhere other than a web page.
      webLink(clip.url),
      clip.publishedAt,
      iso(clip.clippedAt),
      clip.note,
      clip.tags.join(', '),
    ]);
  }
  return rows;
}

export function clipsToCsv(clips: readonly Clip[], tolerances: Tolerances): string {
  return toCsv(clipTable(clips, tolerances));
}

export async function clipsToXlsx(clips: readonly Clip[], tolerances: Tolerances): Promise<Blob> {
  const [head = [], ...body] = clipTable(clips, tolerances);
  const data = [
    head.map((value) => ({ value: String(value), fontWeight: 'bold' as const })),
    ...body.map((row) => row.map((value) => (value === undefined || value === '' ? null : { value }))),
  ];
  return writeXlsxFile(data, { sheet: t('notebookTabClips'), stickyRowsCount: 1 }).toBlob();
}

/** The whole database in dexie-export-import's JSON format. */
export function backup(db: NotebookDB): Promise<Blob> {
  // The imports being written are this browser's passing state, not part of the notebook; the grid's
  // entries are derived from the clips and written again from them on restore.
  return exportDB(db, { prettyJson: false, skipTables: ['imports', GRID_ENTRIES] });
}

/** A clip as a W3C Web Annotation: the analyst's note and tags as bodies, the selectors as the target. */
export function clipToAnnotation(clip: Clip): Record<string, unknown> {
  const { indicator, subject, period } = clip.attribution;
  const what = [indicator, subject, period].map((part) => (part === 'unknown' ? '?' : 'key' in part ? part.key : part.name)).join(' · ');
  const body: Array<Record<string, unknown>> = [
    { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: clip.kind === 'figure' ? `${what}: ${clip.value}` : `${clip.symbol}` },
    ...clip.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
  if (clip.note) body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: clip.note });
  return {
    id: `urn:soi:clip:${clip.id}`,
    type: 'Annotation',
    motivation: clip.note ? 'commenting' : 'highlighting',
    created: iso(clip.clippedAt),
    body,
    target: {
      // A clip's own address when it is no web page (an imported table), so nothing else is linked.
      source: webLink(clip.url) ?? `urn:soi:clip:${clip.id}:source`,
      selector: [
        { type: 'TextQuoteSelector', ...clip.selectors.quote },
        { type: 'TextPositionSelector', ...clip.selectors.position },
      ],
    },
  };
}

export function clipsToJsonLd(clips: readonly Clip[], now = Date.now()): string {
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:soi:notebook:${now}`,
    type: 'AnnotationCollection',
    label: 'Soi',
    total: clips.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: clips.map(clipToAnnotation) },
  };
  return JSON.stringify(collection, null, 2);
}
