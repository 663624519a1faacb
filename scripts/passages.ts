/** The labelled passages of tests/fixtures/checks/passages and how a run of the checks scores on them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../utils/checks';

export const PASSAGES_DIR = join(import.meta.dirname, '../tests/fixtures/checks/passages');

export interface Passage {
  file: string;
  label: 'contradiction' | 'consistent';
  /** What a careful reader checks in the pair; the id of the rule that checks it. */
  relation: string;
  /** Written before any rule was tuned, and never looked at while writing rules. */
  heldOut: boolean;
}

interface Labels {
  passages: Record<string, { label: Passage['label']; relation: string }>;
}

/** Each part keeps its own labels.json, so passages can be added to one part without touching the other. */
const PARTS = ['train', 'held-out'] as const;

export function labelledPassages(): Passage[] {
  return PARTS.flatMap((part) => {
    const labels = JSON.parse(readFileSync(join(PASSAGES_DIR, part, 'labels.json'), 'utf8')) as Labels;
    return Object.entries(labels.passages).map(([name, { label, relation }]) => ({
      file: join(PASSAGES_DIR, part, name),
      label,
      relation,
      heldOut: part === 'held-out',
    }));
  });
}

export interface PassageScore {
  contradictions: number;
  consistent: number;
  caught: number;
  falseAlarms: number;
  calledConsistent: number;
  precision: number;
  recall: number;
}

export function scorePassages(results: readonly (Passage & { findings: readonly Finding[] })[]): PassageScore {
  const warns = (r: { findings: readonly Finding[] }) => r.findings.some((f) => f.status === 'warning');
  const contradictions = results.filter((r) => r.label === 'contradiction');
  const caught = contradictions.filter(warns).length;
  const falseAlarms = results.filter((r) => r.label === 'consistent' && warns(r)).length;
  // A longer passage may hold other relations that do hold; only a ✓ on the broken one misleads.
  const calledConsistent = contradictions.filter((r) => !warns(r) && r.findings.some((f) => f.status === 'ok' && f.rule === r.relation)).length;
  return {
    contradictions: contradictions.length,
    consistent: results.length - contradictions.length,
    caught,
    falseAlarms,
    calledConsistent,
    precision: caught + falseAlarms === 0 ? 1 : caught / (caught + falseAlarms),
    recall: contradictions.length === 0 ? 1 : caught / contradictions.length,
  };
}

/** One line of a part's score; a part with no contradiction in it has no recall to give (`n/a`). */
export function scoreLine(name: string, s: PassageScore): string {
  if (s.contradictions + s.consistent === 0) return `${name}: n/a (no passages)`;
  const recall = s.contradictions === 0 ? 'n/a' : s.recall.toFixed(3);
  return `${name}: precision ${s.precision.toFixed(3)} recall ${recall} (caught ${s.caught}/${s.contradictions}, false alarms ${s.falseAlarms}/${s.consistent}, called consistent ${s.calledConsistent})`;
}
