/**
 * `npm test`: typecheck, ESLint, formatting (Prettier), unit tests, build, end-to-end tests in Chromium, web-ext lint of
 * the Firefox build. Every step runs even when an earlier one failed, so one run shows everything
 * that is wrong. The last line is
 * `Tests: N passed, M failed`: the unit and e2e test counts, with a failed typecheck, lint or
 * build (or a test file that failed before its tests could run) counted as a failure too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const results = join(root, 'test-results');

interface Tally {
  passed: number;
  failed: number;
}

/** What vitest's JSON reporter writes, as far as the summary needs it. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${[command.replace(`${root}/`, ''), ...args].join(' ')}`);
  const outcome = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
  const ok = outcome.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label}${ok ? '' : ` failed (exit ${outcome.status ?? outcome.signal})`}`);
  return ok;
}

function tallyOf(reportFile: string): Tally | undefined {
  if (!existsSync(reportFile)) return undefined;
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
  // A file whose setup failed has no failed test, only skipped ones: count the file itself.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}

function vitest(label: string, reportName: string, extraArgs: string[]): Tally {
  const reportFile = join(results, `${reportName}.json`);
  const ok = run(label, bin('vitest'), ['run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]);
  const tally = tallyOf(reportFile);
  if (!tally) return { passed: 0, failed: 1 };
  // vitest can fail without a failed test (an unhandled error): never report that as a pass.
  return !ok && tally.failed === 0 ? { passed: tally.passed, failed: 1 } : tally;
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const total: Tally = { passed: 0, failed: 0 };
const add = (tally: Tally) => {
  total.passed += tally.passed;
  total.failed += tally.failed;
};
const step = (ok: boolean) => add({ passed: 0, failed: ok ? 0 : 1 });

step(run('typecheck', bin('tsc'), ['--noEmit']));
step(run('lint', bin('eslint'), ['.']));
step(run('formatting (Prettier)', bin('prettier'), ['--check', '.']));
add(vitest('unit tests', 'unit', []));
const built = run('build', bin('wxt'), ['build']);
step(built);
if (built) add(vitest('end-to-end tests (Chromium)', 'e2e', ['-c', 'vitest.e2e.config.ts']));
else add({ passed: 0, failed: 1 });
// The Firefox package must stay free of web-ext lint errors (manifest keys, permissions Firefox lacks).
step(run('Firefox build and web-ext lint', 'npm', ['run', '--silent', 'lint:firefox']));

console.log(`Tests: ${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed === 0 ? 0 : 1;
