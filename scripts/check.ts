/**
 * `npm run --silent check -- FILE...`: the consistency checks over page files (`.txt`, `.html` or `.pdf`).
 * Prints one JSON line per file: {"file","findings":[{"rule","status","items","explanation"}]},
 * with the explanation in Vietnamese and `explanation_en` beside it. A file that cannot be read is
 * reported on stderr and makes the exit code non-zero; the other files are still checked.
 */
import { checkPageFile } from './check-page';

async function checkFile(file: string): Promise<string> {
  const findings = await checkPageFile(file);
  return JSON.stringify({
    file,
    findings: findings.map(({ rule, status, items, explanation }) => ({ rule, status, items, explanation: explanation.vi, explanation_en: explanation.en })),
  });
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent check -- FILE... (.txt, .html or .pdf)\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      process.stdout.write(`${await checkFile(file)}\n`);
    } catch (error) {
      failed++;
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a page file' : (error as Error).message;
      process.stderr.write(`check: ${file}: ${reason}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
