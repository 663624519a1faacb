/**
 * Precision and recall of the `npm run check` pipeline on our labelled passages (the same numbers as
 * `npm run --silent check:score`), printed for the held-out part, the train part and the whole set.
 * The floor holds the train part: the held-out batch is scored unread and only reported, because
 * a test that demanded it pass would have someone read it, and then it would measure nothing.
 */
import { expect, it } from 'vitest';
import { checkPageFile } from '../../../scripts/check-page';
import { labelledPassages, scorePassages } from '../../../scripts/passages';

it('catches the contradictions of the labelled passages without a false alarm', async () => {
  const passages = labelledPassages();
  expect(passages.length).toBeGreaterThanOrEqual(80);
  const results = await Promise.all(passages.map(async (p) => ({ ...p, findings: await checkPageFile(p.file) })));
  const heldOut = scorePassages(results.filter((r) => r.heldOut));
  const train = scorePassages(results.filter((r) => !r.heldOut));
  const all = scorePassages(results);
  for (const [name, s] of [
    ['held-out', heldOut],
    ['train', train],
    ['all', all],
  ] as const) {
    console.log(`checks on labelled passages, ${name}: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`);
  }
  expect(train.contradictions).toBeGreaterThanOrEqual(40);
  expect(train.falseAlarms).toBe(0);
  expect(train.calledConsistent).toBe(0);
  // The goal is 0.95 (issue 13); this floor is what the rules reach today on the train part, so that
  // it cannot slip back.
  expect(train.recall).toBeGreaterThanOrEqual(0.9);
}, 60_000);
