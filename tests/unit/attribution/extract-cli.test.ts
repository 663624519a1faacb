import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

interface Line {
  figures: Array<{ text: string; indicator: unknown; subject: unknown; period: unknown; target?: boolean }>;
  references: Array<{ symbol: string; issuerPlace: unknown }>;
}

describe('npm run extract prints attribution', () => {
  it('adds indicator, subject, period (or "unknown") and target to each figure, from the page text and its meta tags', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'soi-attribution-'));
    const txt = join(dir, 'page.txt');
    const html = join(dir, 'page.html');
    writeFileSync(txt, 'Toàn xã có khoảng 1.522 hộ.\n');
    writeFileSync(
      html,
      '<html><head><meta property="article:published_time" content="2022-08-26T15:32:00+07:00">' +
        '<link rel="canonical" href="https://baolongan.vn/x.html"></head><body>' +
        '<p>Bộ TTTT công bố xếp hạng CĐS (DTI), tỉnh đứng thứ 21/63 tỉnh, thành phố.</p>' +
        '<p>Phấn đấu đến năm 2025, tỷ lệ hộ gia đình có cáp quang đạt 80%.</p>' +
        '<p>UBND tỉnh ban hành Kế hoạch số 4247/KH-UBND ngày 27/12/2021 thực hiện Quyết định số 348/QĐ-TTg.</p></body></html>',
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', txt, html], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const [plain, page] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    expect(plain?.figures).toMatchObject([{ text: '1.522 hộ', indicator: { id: 'other:ho' }, subject: 'unknown', period: 'unknown' }]);
    expect(plain?.figures[0]).not.toHaveProperty('target');
    expect(page?.figures).toMatchObject([
      { text: 'thứ 21/63', indicator: { id: 'dti' }, subject: { id: 'long-an', map: 63 }, period: { key: '2021', basis: 'year' } },
      { text: '80%', indicator: { id: 'fibre' }, subject: { id: 'long-an' }, period: { key: 'to-2025' }, target: true },
    ]);
    expect(page?.references).toMatchObject([
      { symbol: '4247/KH-UBND', issuerPlace: { id: 'long-an' } },
      { symbol: '348/QĐ-TTg', issuerPlace: { id: 'viet-nam' } },
    ]);
  });

  it("takes an Open Graph address as the page's, and a figure in a <table> its row and column", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'soi-attribution-'));
    const html = join(dir, 'table.html');
    writeFileSync(
      html,
      '<html><head><meta property="og:url" content="https://caobang.gov.vn/tin-tuc/quy-ii"><meta property="article:published_time" content="2024-07-12T08:00:00+07:00"></head><body>' +
        '<table><tr><th>Chỉ tiêu</th><th>Quý II/2024</th><th>Quý I/2024</th></tr>' +
        '<tr><td>Hồ sơ trực tuyến</td><td>18.305 hồ sơ</td><td>15.020 hồ sơ</td></tr></table></body></html>',
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', html], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const page = JSON.parse(run.stdout.trim()) as Line;
    expect(page.figures).toMatchObject([
      { text: '18.305 hồ sơ', indicator: { id: 'online-dossiers' }, subject: { id: 'cao-bang' }, period: { key: '2024-Q2' } },
      { text: '15.020 hồ sơ', indicator: { id: 'online-dossiers' }, subject: { id: 'cao-bang' }, period: { key: '2024-Q1' } },
    ]);
  });
});
