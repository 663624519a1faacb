/**
 * Precision and recall of the `npm run check` pipeline on our labelled passages (the same numbers as
 * `npm run --silent check:score`), printed for the held-out part, the train part and the whole set.
 * The floor holds the train part: the held-out batch is scored unread and only reported, because
 * a test that demanded it pass would have someone read it, and then it would measure nothing.
 */
import { expect, it } from 'vitest';
import { checkPageFile } from '../../../scripts/check-page';
import { labelledPassages, scoreLine, scorePassages } from '../../../scripts/passages';
import { RULES } from '../../../utils/checks/rules';

it('labels each passage with the id of the rule that checks its relation', () => {
  const ids = new Set<string>(RULES.map((rule) => rule.id));
  const unknown = labelledPassages().filter((p) => !ids.has(p.relation));
  expect(unknown.map((p) => `${p.file}: ${p.relation}`)).toEqual([]);
});

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
    console.log(`checks on labelled passages, ${scoreLine(name, s)}`);
  }
  expect(train.contradictions).toBeGreaterThanOrEqual(40);
  expect(train.falseAlarms).toBe(0);
  expect(train.calledConsistent).toBe(0);
  // Issue 13 asks for recall 0.95; the train part is held to it, so that it cannot slip back.
  expect(train.recall).toBeGreaterThanOrEqual(0.95);
}, 60_000);
