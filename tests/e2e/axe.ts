/**
 * axe-core in a page driven by playwright-core. The script goes in through `page.evaluate`
 * (DevTools, not a <script> tag) so extension pages' content security policy does not block it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export interface AxeReport {
  url: string;
  passes: number;
  violations: AxeViolation[];
}

interface AxeGlobal {
  axe?: { run(context: unknown, options: unknown): Promise<{ passes: unknown[]; violations: AxeViolation[] }> };
}

/** Runs axe on the page (or on `include`, a CSS selector) against WCAG 2.1 A/AA and best practices. */
export async function runAxe(page: Page, include?: string): Promise<AxeReport> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (selector) => {
    const { axe } = window as unknown as AxeGlobal;
    if (!axe) throw new Error('axe-core did not load');
    const outcome = await axe.run(selector ? { include: [selector] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return {
      passes: outcome.passes.length,
      violations: outcome.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
    };
  }, include);
  return { url: page.url(), ...result };
}

export const isSerious = (violation: AxeViolation) => violation.impact === 'serious' || violation.impact === 'critical';

/** One line per violation, for the test log: `serious color-contrast (3): Elements must meet… → .btn`. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map(
    (v) =>
      `${v.impact ?? 'unknown'} ${v.id} (${v.nodes.length}): ${v.help} → ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}
