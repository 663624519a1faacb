/**
 * The text OCR recognised on a scanned PDF, kept in the extension's own IndexedDB (a small database
 * of its own, `soi-ocr`, apart from the notebook) so that reopening the same file — the same PDF.js
 * fingerprint — shows it again without recognising anything. Opened by the viewer only.
 *
 * What is kept is bounded: past `MAX_BYTES` of text, the files read least recently are forgotten
 * first. A full disk is said in words (`OcrStoreFull`); the text on screen is never lost with it.
 */
import { Dexie, type EntityTable } from 'dexie';
import { isQuotaError } from '../notebook/clips';
import type { RawTextItem } from './items';

export const OCR_DB_NAME = 'soi-ocr';

/** About 10 MB of recognised text: thousands of pages, nothing a browser profile would notice. */
export const MAX_BYTES = 10_000_000;

/** One page's recognised lines, as the recogniser gave them (text items in PDF user space). */
export interface KeptOcrPage {
  page: number;
  width: number;
  height: number;
  items: RawTextItem[];
}

interface OcrRow extends KeptOcrPage {
  fingerprint: string;
  /** Size of the row's text, for the bound. */
  bytes: number;
  /** When the file's OCR text was last saved or shown: the least recent goes first. */
  usedAt: number;
}

type OcrDB = Dexie & { pages: EntityTable<OcrRow, 'fingerprint'> };

/** The kept text could not be written: the browser's storage for Soi is full. */
export class OcrStoreFull extends Error {
  constructor(cause: unknown) {
    super('the storage the browser gives Soi is full', { cause });
    this.name = 'OcrStoreFull';
  }
}

export interface OcrStore {
  /** The pages kept for this file, page order; none if it was never recognised (or was forgotten). */
  load(fingerprint: string): Promise<KeptOcrPage[]>;
  /** Keeps these pages as the file's OCR text, in place of any kept before. */
  save(fingerprint: string, pages: readonly KeptOcrPage[]): Promise<void>;
  /** Forgets the file's OCR text. */
  forget(fingerprint: string): Promise<void>;
  close(): void;
}

export function openOcrStore(name = OCR_DB_NAME, maxBytes = MAX_BYTES): OcrStore {
  const db = new Dexie(name) as OcrDB;
  db.version(1).stores({ pages: '[fingerprint+page], fingerprint, usedAt' });

  /** Forgets whole files, least recently used first, until the rest fits. */
  const bound = async (keep: string) => {
    const used = new Map<string, { bytes: number; usedAt: number }>();
    await db.pages.each((row) => {
      const file = used.get(row.fingerprint) ?? { bytes: 0, usedAt: row.usedAt };
      used.set(row.fingerprint, { bytes: file.bytes + row.bytes, usedAt: Math.max(file.usedAt, row.usedAt) });
    });
    let total = [...used.values()].reduce((sum, file) => sum + file.bytes, 0);
    const oldest = [...used].filter(([fingerprint]) => fingerprint !== keep).sort(([, a], [, b]) => a.usedAt - b.usedAt);
    for (const [fingerprint, file] of oldest) {
      if (total <= maxBytes) break;
      await db.pages.where('fingerprint').equals(fingerprint).delete();
      total -= file.bytes;
    }
  };

  return {
    async load(fingerprint) {
      const rows = await db.pages.where('fingerprint').equals(fingerprint).sortBy('page');
      if (rows.length)
        await db.pages
          .where('fingerprint')
          .equals(fingerprint)
          .modify({ usedAt: Date.now() })
          .catch(() => undefined);
      return rows.map(({ page, width, height, items }) => ({ page, width, height, items }));
    },
    async save(fingerprint, pages) {
      const usedAt = Date.now();
      const rows = pages.map((page) => ({ ...page, fingerprint, usedAt, bytes: JSON.stringify(page.items).length }));
      try {
        await db.transaction('rw', db.pages, async () => {
          await db.pages.where('fingerprint').equals(fingerprint).delete();
          await db.pages.bulkPut(rows);
          await bound(fingerprint);
        });
      } catch (error) {
        throw isQuotaError(error) ? new OcrStoreFull(error) : error;
      }
    },
    async forget(fingerprint) {
      await db.pages.where('fingerprint').equals(fingerprint).delete();
    },
    close: () => db.close(),
  };
}
