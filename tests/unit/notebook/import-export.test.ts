import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { editClip, saveClip } from '@/utils/notebook/clips';
import { parseCsv, toCsv } from '@/utils/notebook/csv';
import { backup, clipsToCsv, clipsToJsonLd, clipsToXlsx } from '@/utils/notebook/export';
import { importOfficialTable, restoreBackup } from '@/utils/notebook/import';
import { readWrittenValue } from '@/utils/extraction/numbers/written-figure';
import { DEFAULT_TOLERANCES } from '@/utils/settings';
import { context, figureDraft, namDinh, referenceDraft, year } from './drafts';
import { importErrorOf as errorOf, scratchNotebooks } from './scratch-notebooks';

const open = scratchNotebooks('io');
afterEach(() => setLanguage('vi'));

describe('CSV for Excel', () => {
  it('starts with a byte-order mark, keeps Vietnamese, quotes what needs it and defuses formulas', () => {
    const csv = toCsv([
      ['Tỉnh', 'Câu'],
      ['Nam Định', 'Đạt "98,65%", vượt\nkế hoạch'],
      ['=HYPERLINK("x")', -3],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"Đạt ""98,65%"", vượt\nkế hoạch"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",-3`);
    expect(parseCsv(csv).map((row) => row.cells)).toEqual([
      ['Tỉnh', 'Câu'],
      ['Nam Định', 'Đạt "98,65%", vượt\nkế hoạch'],
      ['\'=HYPERLINK("x")', '-3'],
    ]);
  });

  it('reads the semicolon files Excel saves in a Vietnamese locale', () => {
    expect(parseCsv('Chỉ số;Tỉnh;Kỳ;Giá trị\r\nDTI;Nam Định;2022;0,5123\r\n').map((r) => r.cells)).toEqual([
      ['Chỉ số', 'Tỉnh', 'Kỳ', 'Giá trị'],
      ['DTI', 'Nam Định', '2022', '0,5123'],
    ]);
  });

  it.each([
    ['0,8241', 0.8241],
    ['0.8241', 0.8241],
    ['98,65%', 98.65],
    ['177.427', 177427],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['10', 10],
    ['-3', -3],
    ['1,9 triệu', 1_900_000],
    ['1 tỷ 250 triệu', 1_250_000_000],
  ])('reads %s as %d', (raw, value) => {
    expect(readWrittenValue(raw)?.value).toBe(value);
  });
});

describe('exports', () => {
  it('writes a row per clip with the conflict marked, in the language of the interface', async () => {
    const db = open();
    const dti = context('dti', namDinh, year(2022));
    await saveClip(db, figureDraft({ text: 'xếp thứ 10/63', value: 10, figureKind: 'rank', of: 63, attribution: dti, url: 'https://a.vn/1' }));
    await saveClip(db, figureDraft({ text: 'xếp thứ 12/63', value: 12, figureKind: 'rank', of: 63, attribution: dti, url: 'https://b.vn/2' }));
    const clips = await db.clips.toArray();
    const rows = parseCsv(clipsToCsv(clips, DEFAULT_TOLERANCES)).map((r) => r.cells);
    expect(rows[0]?.slice(0, 4)).toEqual(['Chỉ số', 'Tỉnh, thành', 'Kỳ', 'Giá trị']);
    expect(rows[1]?.slice(0, 5)).toEqual(['DTI', 'Nam Định', '2022', '10', 'thứ hạng']);
    expect(rows[1]?.[9]).toBe('có');
    setLanguage('en');
    expect(parseCsv(clipsToCsv(clips, DEFAULT_TOLERANCES))[0]?.cells.slice(0, 2)).toEqual(['Indicator', 'Province']);
  });

  it('writes an XLSX workbook', async () => {
    const db = open();
    await saveClip(db, figureDraft());
    const blob = await clipsToXlsx(await db.clips.toArray(), DEFAULT_TOLERANCES);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as every .xlsx is
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('writes W3C Web Annotations with both selectors and the note as a comment', async () => {
    const db = open();
    const { id } = await saveClip(db, figureDraft());
    await editClip(db, id, { note: 'Khớp với báo cáo của Sở', tags: ['cchc'] });
    const collection = JSON.parse(clipsToJsonLd(await db.clips.toArray()));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const [annotation] = collection.first.items;
    expect(annotation.type).toBe('Annotation');
    expect(annotation.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(annotation.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'commenting', value: 'Khớp với báo cáo của Sở' }),
        expect.objectContaining({ purpose: 'tagging', value: 'cchc' }),
      ]),
    );
  });
});

describe('backup and restore', () => {
  it('restores a backup with nothing lost', async () => {
    const db = open();
    const { id } = await saveClip(db, figureDraft());
    await saveClip(db, referenceDraft());
    await editClip(db, id, { note: 'ghi chú', tags: ['dti'] });
    const before = { clips: await db.clips.toArray(), pages: await db.pages.toArray(), documents: await db.documents.toArray() };
    const json = await (await backup(db)).text();

    const other = open();
    await saveClip(other, figureDraft({ url: 'https://khac.vn/x' }));
    expect(await restoreBackup(other, json)).toBe(2);
    expect(await other.clips.toArray()).toEqual(before.clips);
    expect(await other.pages.toArray()).toEqual(before.pages);
    expect(await other.documents.toArray()).toEqual(before.documents);
  });

  it('refuses a damaged backup, naming the record, and leaves the notebook untouched', async () => {
    const db = open();
    await saveClip(db, figureDraft());
    const json = JSON.parse(await (await backup(db)).text());
    json.data.data.find((t: { tableName: string }) => t.tableName === 'clips').rows[0].value = 'nhiều';
    const error = await errorOf(restoreBackup(db, JSON.stringify(json)));
    expect(error.problems[0]).toMatch(/clips.*1.*value/);
    expect(await db.clips.count()).toBe(1);
    expect((await errorOf(restoreBackup(db, '{"hello":'))).problems).toEqual(['tệp không phải JSON hợp lệ']);
    expect((await errorOf(restoreBackup(db, '{"formatName":"other"}'))).problems).toEqual(['tệp này không phải bản sao lưu sổ tay Soi']);
  });
});

describe('official tables', () => {
  const table = [
    'Chỉ số,Tỉnh,Kỳ,Giá trị,Loại',
    'DTI,Nam Định,2022,10,rank',
    'DTI,Hà Nam,2022,"0,4512",score',
    'Chỉ số chuyển đổi số,nam dinh,2023,8,rank',
  ].join('\r\n');

  it('adds each row as a clip placed on indicator, province and period, once', async () => {
    const db = open();
    expect(await importOfficialTable(db, table, 'dti-2022.csv')).toBe(3);
    expect(await importOfficialTable(db, table, 'dti-2022.csv')).toBe(0);
    const clips = await db.clips.orderBy('id').toArray();
    expect(clips.map((c) => [c.indicator, c.subject, c.period, c.kind === 'figure' && c.value])).toEqual([
      ['dti', 'nam-dinh', '2022', 10],
      ['dti', 'ha-nam', '2022', 0.4512],
      ['dti', 'nam-dinh', '2023', 8],
    ]);
    expect(clips[0]?.site).toBe('dti-2022.csv');
  });

  it('names every bad row and what is wrong, and adds nothing', async () => {
    const db = open();
    const bad = [
      'Chỉ số,Tỉnh,Kỳ,Giá trị',
      'DTI,Nam Định,2022,10',
      'DTI,Tỉnh Không Có,2022,5',
      'DTI,Hà Nam,năm ngoái,5',
      'DTI,Hà Nam,2022,mười',
      'DTI,,2022,3',
    ].join('\n');
    const error = await errorOf(importOfficialTable(db, bad, 'x.csv'));
    expect(error.problems).toEqual([
      'Dòng 3: không nhận ra tỉnh “Tỉnh Không Có”',
      'Dòng 4: không đọc được kỳ “năm ngoái” (ví dụ: 2023, 2021-2025, 2023-H1, 2023-Q3, 2023-08)',
      'Dòng 5: “mười” không phải là số',
      'Dòng 6: ô “Tỉnh” trống',
    ]);
    expect(await db.clips.count()).toBe(0);
  });

  it('says which column is missing', async () => {
    const error = await errorOf(importOfficialTable(open(), 'Tỉnh,Kỳ,Giá trị\nNam Định,2022,1', 'x.csv'));
    expect(error.problems[0]).toMatch(/^Dòng 1: thiếu cột “indicator”/);
  });

  it('says where a quote is never closed', async () => {
    const error = await errorOf(importOfficialTable(open(), 'Chỉ số,Tỉnh,Kỳ,Giá trị\nDTI,"Nam Định,2022,1\n', 'x.csv'));
    expect(error.problems).toEqual(['Dòng 2: dấu ngoặc kép chưa đóng']);
  });
});
