/**
 * A part over its whole cannot exceed it when the whole is a set of places or bodies: `70/65 xã`,
 * `12/9 huyện`. Pages also write results over targets this way (`kết nạp 8.793/6.500 đảng viên`,
 * `thu 45.799/36.875 tỷ đồng` against a plan), so only member units count, and never in a sentence
 * about targets.
 */
import { type Num, displayScale, explain, num } from './explain';
import { hedgedRange } from './interval';
import { partsAfterTotal } from './parts-total';
import { subsetPart } from './subset-part';
import { finding } from './finding';
import { type Page, figure } from './page';
import { defineRule } from './rule';
import type { RuleFinding } from './types';
import { WORDS, containsWord, norm } from './words';

function isMemberUnit(unit: string | undefined): boolean {
  return unit !== undefined && WORDS.memberUnits.includes(norm(unit).trim());
}

/**
 * `… 4.1 million tonnes of rice. The winter-spring crop alone accounted for 4.35 million tonnes`: a part
 * the prose marks as taken from the whole just counted cannot pass it beyond their rounding.
 */
function subsetsOverWhole(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const a of page.order) {
    const found = subsetPart(page, a);
    // A part parts-total already reads in its whole's list is judged there, once.
    if (!found || hedgedRange(page, a).lo <= found.wholeRange.hi || partsAfterTotal(page, found.whole)?.parts.includes(a)) continue;
    const values = [figure(page, a).value, found.wholeValue];
    const scale = displayScale(values);
    const [part, total] = values.map((v) => num(v, undefined, false, scale));
    findings.push(finding(page, 'warning', [found.whole, a], explain('checks.explain.part-total.exceeds', { part: part as Num, total: total as Num })));
  }
  return findings;
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = subsetsOverWhole(page);
  for (const r of page.order) {
    const ratio = figure(page, r);
    if (ratio.kind !== 'ratio' || ratio.of === undefined || ratio.value <= ratio.of || !isMemberUnit(ratio.unit)) continue;
    const sentence = page.sentences[page.sentenceOf[r] as number];
    if (sentence && containsWord(page.text.slice(sentence.start, sentence.end), WORDS.targetWords)) continue;
    findings.push(finding(page, 'warning', [r], explain('checks.explain.part-over-whole', { part: num(ratio.value), whole: num(ratio.of) })));
  }
  return findings;
}

export const partOverWhole = defineRule({ id: 'part-over-whole', check });
