/**
 * Precision and recall of the `npm run check` pipeline on our labelled passages (the same numbers as
 * `npm run --silent check:score`), printed for the held-out part and for the whole set.
 */
import { expect, it } from 'vitest';
import { checkPageFile } from '../../../scripts/check-page';
import { labelledPassages, scorePassages } from '../../../scripts/passages';

it('catches the contradictions of the labelled passages without a false alarm', async () => {
  const passages = labelledPassages();
  expect(passages.length).toBeGreaterThanOrEqual(80);
  const results = await Promise.all(passages.map(async (p) => ({ ...p, findings: await checkPageFile(p.file) })));
  const heldOut = scorePassages(results.filter((r) => r.heldOut));
  const all = scorePassages(results);
  for (const [name, s] of [
    ['held-out', heldOut],
    ['all', all],
  ] as const) {
    console.log(`checks on labelled passages, ${name}: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`);
  }
  expect(all.falseAlarms).toBe(0);
  expect(all.calledConsistent).toBe(0);
  // The goal is 0.95 (issue 13); this floor is what the rules reach today on the whole set (with the
  // held-out batch h37–h56 unread: 11/20), so that it cannot slip back.
  expect(all.recall).toBeGreaterThanOrEqual(0.9);
}, 60_000);
