import { Dexie } from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openOcrStore, OcrStoreFull, type KeptOcrPage, type OcrStore } from '../../../utils/pdf/ocr-store';

let opened: { store: OcrStore; name: string }[] = [];
let counter = 0;
function open(maxBytes?: number): OcrStore {
  const name = `soi-ocr-test-${++counter}-${Math.random()}`;
  const store = openOcrStore(name, maxBytes);
  opened.push({ store, name });
  return store;
}
afterEach(async () => {
  for (const { store, name } of opened) {
    store.close();
    await Dexie.delete(name);
  }
  opened = [];
  vi.useRealTimers();
});

/** A scanned page's recognised line, as the viewer keeps it. */
const scanned = (page: number, text: string): KeptOcrPage => ({
  page,
  width: 595,
  height: 842,
  items: [{ str: text, transform: [18, 0, 0, 18, 72, 700], width: text.length * 9, height: 18, fontName: 'soi-ocr', hasEOL: true }],
});

describe('OCR text kept across visits', () => {
  test('the same file opened again finds its recognised pages, in page order', async () => {
    const store = open();
    await store.save('fp-quyet-dinh', [scanned(3, 'tỷ lệ hộ nghèo còn 2,5%'), scanned(1, 'Quyết định số 1961/QĐ-UBND')]);
    const kept = await store.load('fp-quyet-dinh');
    expect(kept.map((page) => page.page)).toEqual([1, 3]);
    expect(kept[0]).toEqual(scanned(1, 'Quyết định số 1961/QĐ-UBND'));
    // Another file (another fingerprint) has nothing kept.
    expect(await store.load('fp-khac')).toEqual([]);
  });

  test('recognising again replaces what was kept, and forgetting leaves nothing', async () => {
    const store = open();
    await store.save('fp', [scanned(1, 'đạt 98,65%'), scanned(2, 'thứ 10/63')]);
    await store.save('fp', [scanned(1, 'đạt 98,66%')]);
    expect((await store.load('fp')).map((page) => page.items[0]!.str)).toEqual(['đạt 98,66%']);
    await store.forget('fp');
    expect(await store.load('fp')).toEqual([]);
  });

  test('past the bound, the file read least recently is forgotten first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const page = scanned(1, 'x'.repeat(400));
    // Room for two such files, not three.
    const store = open(1_200);
    vi.setSystemTime(1_000);
    await store.save('old', [page]);
    vi.setSystemTime(2_000);
    await store.save('read-again', [page]);
    vi.setSystemTime(3_000);
    await store.load('old');
    vi.setSystemTime(4_000);
    await store.save('new', [page]);
    expect((await store.load('old')).length).toBe(1);
    expect((await store.load('new')).length).toBe(1);
    expect(await store.load('read-again')).toEqual([]);
  });

  test('a full disk is said in words, and what was kept before stays', async () => {
    const store = open();
    await store.save('fp', [scanned(1, 'đạt 98,65%')]);
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(Dexie.prototype, 'transaction').mockRejectedValueOnce(new Dexie.AbortError('aborted', full));
    const saving = store.save('fp', [scanned(1, 'đạt 98,66%')]);
    await expect(saving).rejects.toBeInstanceOf(OcrStoreFull);
    await expect(saving).rejects.toThrow(/full/);
    expect((await store.load('fp'))[0]!.items[0]!.str).toBe('đạt 98,65%');
  });
});
