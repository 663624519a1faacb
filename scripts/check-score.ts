/**
 * `npm run --silent check:score [-- -v]`: precision and recall of the `npm run check` pipeline on our
 * labelled passages (tests/fixtures/checks/passages): each passage holds exactly one contradiction
 * or is its consistent twin. A contradiction is caught when some finding warns; a consistent passage
 * with a warning is a false alarm; a contradiction whose broken relation is shown with ✓ and no warning is "called consistent".
 * Prints one line for the held-out part (`n/a` while it is empty), one for the train part, one for the whole set; `-v` lists the misses outside the
 * held-out part (which is never looked at while writing rules).
 */
import { checkPageFile } from './check-page';
import { labelledPassages, scoreLine, scorePassages } from './passages';

async function main(verbose: boolean): Promise<void> {
  const passages = labelledPassages();
  const results = await Promise.all(passages.map(async (p) => ({ ...p, findings: await checkPageFile(p.file) })));
  const heldOut = scorePassages(results.filter((r) => r.heldOut));
  const train = scorePassages(results.filter((r) => !r.heldOut));
  const all = scorePassages(results);
  process.stdout.write(`${scoreLine('held-out', heldOut)}\n${scoreLine('train', train)}\n${scoreLine('all', all)}\n`);
  if (verbose) {
    for (const r of results) {
      const warned = r.findings.some((f) => f.status === 'warning');
      if (!r.heldOut && warned !== (r.label === 'contradiction'))
        process.stdout.write(`  ${r.label === 'contradiction' ? 'missed' : 'false alarm'}: ${r.file}\n`);
    }
  }
}

void main(process.argv.includes('-v'));
