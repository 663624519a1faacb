/**
 * Synthetic pages in tests/fixtures/checks: each contradiction page must raise exactly the warning
 * it was written for, each consistent page only the passes it was written for.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, checkFigures, type FigureContextLike } from '../../../utils/checks';
import { type FigureSpec, placeFigures } from './place-figures';

const DIR = join(__dirname, '../../fixtures/checks');

interface Case {
  figures: (FigureSpec & { context?: FigureContextLike })[];
  expect: { rule: string; status: string; items: string[] }[];
}

const cases = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    name: name.replace(/\.json$/, ''),
    text: readFileSync(join(DIR, name.replace(/\.json$/, '.txt')), 'utf8'),
    spec: JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Case,
  }));

const summary = (list: { rule: string; status: string; items: string[] }[]) =>
  list.map(({ rule, status, items }) => ({ rule, status, items })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('synthetic pages', () => {
  it('has at least twenty contradictions and some consistent pages', () => {
    const contradictions = cases.filter((c) => c.spec.expect.some((e) => e.status === 'warning'));
    expect(contradictions.length).toBeGreaterThanOrEqual(20);
    expect(cases.length - contradictions.length).toBeGreaterThanOrEqual(5);
    const rules = new Set(contradictions.flatMap((c) => c.spec.expect.map((e) => e.rule)));
    expect([...rules].sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(cases)('$name gives exactly the findings written for it', ({ text, spec }) => {
    const figures = placeFigures(text, spec.figures);
    const contexts = spec.figures.map((f) => f.context);
    const findings = checkFigures({ text, figures, contexts: contexts.some(Boolean) ? contexts : undefined });
    expect(summary(findings)).toEqual(summary(spec.expect));
  });
});
