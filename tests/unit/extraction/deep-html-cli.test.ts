import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const DEPTH = 50_000;

/** A page whose one paragraph sits 50 000 elements deep, with meta tags the CLIs read around it. */
function deepPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soi-deep-'));
  const file = join(dir, 'deep.html');
  writeFileSync(
    file,
    '<html><head><title>Báo cáo</title><meta name="description" content="Báo cáo quý"><link rel="canonical" href="https://example.gov.vn/bao-cao"></head><body>' +
      '<div>'.repeat(DEPTH) +
      '<p>Tỉnh đạt 97,4% hồ sơ đúng hạn theo Quyết định số 31/QĐ-UBND.</p>' +
      '</div>'.repeat(DEPTH) +
      '</body></html>',
  );
  return file;
}

function run(script: string, file: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', script, file], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
}

describe('the command-line tools on HTML nested 50 000 levels deep', () => {
  const file = deepPage();

  it('npm run extract reads the deep paragraph', { timeout: 240_000 }, () => {
    const result = run('scripts/extract.ts', file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const line = JSON.parse(result.stdout) as { figures: Array<{ text: string }>; references: Array<{ symbol: string }> };
    expect(line.figures.map((f) => f.text)).toEqual(['97,4%']);
    expect(line.references.map((r) => r.symbol)).toEqual(['31/QĐ-UBND']);
  });

  it('npm run check reads the same page and reports on it', { timeout: 240_000 }, () => {
    const result = run('scripts/check.ts', file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file });
  });
});
