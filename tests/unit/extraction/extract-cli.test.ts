import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

describe('npm run extract', () => {
  it('prints one JSON line per readable file, reads .html as a reader sees it, and reports a missing file', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'soi-extract-'));
    const txt = join(dir, 'page.txt');
    const html = join(dir, 'page.html');
    writeFileSync(txt, 'Huyện có 12.400 hộ dân, đạt 96,2% kế hoạch.\n');
    writeFileSync(
      html,
      '<html><head><style>.x{}</style></head><body><p>Tỉnh đạt 71,3% &amp; xếp thứ 9/63.</p>' +
        '<div style="display:none">55% ẩn</div><script>var s = "44%"</script>' +
        '<p>Theo Quyết định số 8/QĐ-UBND ngày 2/3/2024.</p></body></html>',
    );
    const missing = join(dir, 'missing.txt');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', txt, missing, html], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(missing);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            file: string;
            figures: Array<{ text: string; start: number; end: number }>;
            references: Array<{ symbol: string; date?: string }>;
            backrefs: unknown[];
          },
      );
    expect(lines.map((l) => l.file)).toEqual([txt, html]);
    expect(lines[0]!.figures.map((f) => f.text)).toEqual(['12.400 hộ dân', '96,2%']);
    expect(lines[1]!.figures.map((f) => f.text)).toEqual(['71,3%', 'thứ 9/63']);
    expect(lines[1]!.references).toMatchObject([{ symbol: '8/QĐ-UBND', date: '2024-03-02' }]);
    expect(lines[1]!.backrefs).toEqual([]);
  });
});
