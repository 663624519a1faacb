/**
 * Shares of one whole that together pass 100 %: `96,8% hồ sơ đúng hạn, 4,1% hồ sơ quá hạn`, `nông
 * nghiệp chiếm 31,5%, công nghiệp chiếm 36,2%, dịch vụ chiếm 35,1%`. Only shares the sentence sets
 * side by side as parts of one whole are added: each `chiếm` a share with no other whole named after
 * it, or each a share of the same noun told apart along one dimension (on time / late). Shares that
 * add up to less than 100 % may leave parts out, so this rule only warns.
 */
import { sum } from '../extraction/numbers/written-figure';
import { explain, num } from './explain';
import { finding } from './finding';
import { hedgedRange } from './interval';
import { type Page, figure, gap, lead, previous } from './page';
import { isChange, isOfSomethingElse, leadWithoutQualifier } from './percent-context';
import { LIST_ITEM } from './list-rows';
import { defineRule } from './rule';
import { cutAlongDifferentDimensions, splitAlongOneDimension, startsWithSide } from './sides';
import type { RuleFinding } from './types';
import { WORDS, containsWord, dropTrailingWord, endsWithWord, norm, startsWithWord } from './words';

const MAX_OWN_WORDS = 50;

/** The words that follow a share up to the next figure or clause: what it is a share of. */
function ownWords(page: Page, p: number, nextStart: number): string {
  const f = figure(page, p);
  const text = page.text.slice(f.end, Math.min(nextStart, f.end + MAX_OWN_WORDS));
  return norm(text.slice(0, text.search(/[,;(]|\svà\s|\sand\s|$/u)))
    .replace(/[.!?…]+$/u, '')
    .trim();
}

const MAX_LIST_LABEL = 50;

/**
 * `nông nghiệp 24,6%, công nghiệp 38,9% và dịch vụ 41,2%`: after the first share, each one follows the
 * last in a plain list — a comma, `và` or `and`, a short name, no verb of change and no other figure.
 */
function listedAfterFirst(page: Page, shares: number[], own: string[], labels: string[]): boolean {
  const oneCut = splitAlongOneDimension(labels);
  return shares.slice(1).every((p, k) => {
    // What the share before is of (`96,55% hồ sơ đến hạn; …`) is its own, not the next item's label.
    const gapText = norm(gap(page, shares[k] as number, p));
    const ownBefore = own[k] ?? '';
    const between = ownBefore && gapText.trimStart().startsWith(ownBefore) ? gapText.trimStart().slice(ownBefore.length) : gapText;
    if (!/^\s*(?:[,;]|và\b|and\b)/u.test(between) || containsWord(between, WORDS.changeBefore)) return false;
    // `, tỷ lệ đô thị hóa đạt 45,1%`: an item naming a rate of its own is another indicator, unless the
    // items' labels cut one whole along one dimension (`tỷ lệ hồ sơ trực tuyến … , tỷ lệ hồ sơ trực tiếp …`).
    if (!oneCut && startsWithWord(between.replace(/^\s*(?:[,;]|và\b|and\b)/u, ''), WORDS.shareLead)) return false;
    return between.length <= MAX_LIST_LABEL || (between.length <= MAX_CLAUSE_LABEL && isShareClause(between));
  });
}

/**
 * `…, with product taxes accounting for the remaining 6.4%`, `; số hồ sơ quá hạn chưa có kết quả chiếm
 * 4,45%`: a longer item is still one of the list when its own verb makes it a share of the whole.
 */
const MAX_CLAUSE_LABEL = 90;
function isShareClause(between: string): boolean {
  return endsWithWord(dropTrailingWord(leadWithoutQualifier(between), WORDS.theRest), WORDS.shareOnly) !== undefined;
}

/**
 * `chiếm 31,5%` with nothing after it but the clause's end, or with the same whole after each; the
 * verb may be written once for a list (`agriculture accounted for 24,6%, industry 38,9% …`), or the
 * sentence may call the list a structure (`cơ cấu kinh tế: nông nghiệp 24,6%; …`).
 */
function chiemShares(page: Page, shares: number[], own: string[]): boolean {
  const labels = labelsBefore(page, shares);
  // `made up 45.8% of the provincial economy, industry 33.6%, …`: the whole named once, after the first.
  if (new Set(own).size !== 1 && !(own.slice(1).every((words) => words === '') && listedAfterFirst(page, shares, own, labels))) return false;
  if (shares.every((p) => endsWithWord(leadWithoutQualifier(lead(page, p, 30)), WORDS.shareOnly))) return true;
  const first = shares[0] as number;
  const sentenceStart = page.sentences[page.sentenceOf[first] as number]?.start ?? 0;
  const opening = page.text.slice(sentenceStart, figure(page, first).start);
  const named = endsWithWord(leadWithoutQualifier(lead(page, first, 30)), WORDS.shareOnly) !== undefined || containsWord(opening, WORDS.structureOf);
  return named && listedAfterFirst(page, shares, own, labels) && !cutAlongDifferentDimensions(labels);
}

/** What each share's own words before it say, back to the share before (or the sentence's start). */
function labelsBefore(page: Page, shares: number[]): string[] {
  return shares.map((p, k) => {
    const from = k === 0 ? (page.sentences[page.sentenceOf[p] as number]?.start ?? 0) : figure(page, shares[k - 1] as number).end;
    return norm(page.text.slice(Math.max(from, figure(page, p).start - 60), figure(page, p).start));
  });
}

/** The dimensions whose labels, written before each share, cut one whole: on time / late, online / in person. */
const LEAD_DIMENSIONS = [WORDS.partDimensions.timeliness, WORDS.partDimensions.channel];

/**
 * `Tỷ lệ hồ sơ đúng hạn đạt 93,4%, trễ hạn 6,6%`: each share's own label, before it, names a different
 * place along one dimension, and none names the other dimension (`đúng hạn của hồ sơ trực tuyến 99%,
 * trực tiếp 97%` are two rates, not one whole).
 */
function partitionByLeads(page: Page, shares: number[], own: string[]): boolean {
  const labels = labelsBefore(page, shares);
  if (!listedAfterFirst(page, shares, own, labels)) return false;
  return LEAD_DIMENSIONS.some((dimension) => {
    const others = LEAD_DIMENSIONS.filter((d) => d !== dimension).flat();
    const named = labels.map((label) => dimension.filter((word) => containsWord(label, [word])));
    if (named.some((words) => words.length !== 1) || labels.some((label) => containsWord(label, others))) return false;
    return new Set(named.map((words) => words[0])).size === shares.length;
  });
}

/**
 * `96,8% hồ sơ giải quyết đúng hạn`, `4,1% hồ sơ quá hạn`: the same noun, each share on another side
 * of one dimension (on time / late), so that together they cut one whole.
 */
function partitionShares(own: string[]): boolean {
  // `98,65% đối với cấp tỉnh, 90,26% đối với cấp huyện`: one rate measured in each group, not parts of one whole.
  if (own.some((words) => startsWithWord(words, WORDS.rateFor))) return false;
  const nouns = own.map((words) => words.split(' ').slice(0, 2).join(' '));
  if (nouns.some((noun) => !noun || !/^\p{L}/u.test(noun)) || new Set(nouns).size !== 1) return false;
  return splitAlongOneDimension(own);
}

/**
 * `Of all dossiers settled, 97,6% were handled on time and 3,1% were overdue`: shares with no noun of
 * their own (a verb or the side itself follows each) split the sentence's one whole along one dimension.
 */
function partitionByVerbs(own: string[]): boolean {
  // `97.8% of them were handled on time`, `96,2% trong số đó được trả đúng hạn`: a word pointing back to the whole comes first.
  const verbs = own.map((words) => {
    const back = startsWithWord(words, WORDS.partsPartial);
    return back ? words.trimStart().slice(back.length).trimStart() : words;
  });
  if (!verbs.every((words) => startsWithWord(words, WORDS.auxiliaries) !== undefined || startsWithSide(words))) return false;
  return splitAlongOneDimension(verbs);
}

/**
 * `Cơ cấu kinh tế năm 2023:` then one line per sector (`- Khu vực dịch vụ: 43,9%;`): a line that calls
 * what follows a structure and ends with a colon, then list lines that each give one share and no
 * other figure, are the parts of one whole.
 */
function structureLists(page: Page): number[][] {
  const lists: number[][] = [];
  page.sentences.forEach((header, h) => {
    const title = page.text.slice(header.start, header.end).trim();
    if (!title.endsWith(':') || !containsWord(title, WORDS.structureOf) || (page.bySentence[h] ?? []).length > 0) return;
    const shares: number[] = [];
    for (let k = h + 1; k < page.sentences.length; k++) {
      const line = page.sentences[k] as { start: number; end: number };
      if (!LIST_ITEM.test(page.text.slice(line.start, line.end))) break;
      const mates = page.bySentence[k] ?? [];
      const share = mates[0];
      if (mates.length !== 1 || share === undefined || figure(page, share).kind !== 'percent' || isChange(page, share)) return;
      shares.push(share);
    }
    if (shares.length >= 2) lists.push(shares);
  });
  return lists;
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const shares of structureLists(page)) {
    const found = overHundred(page, shares);
    if (found) findings.push(found);
  }
  for (const mates of page.bySentence) {
    const shares = mates.filter((p) => figure(page, p).kind === 'percent' && !isChange(page, p) && !isOfSomethingElse(page, p));
    // The shares must stand next to each other: no other figure between two of them.
    if (shares.length < 2 || shares.some((p, k) => k > 0 && previous(page, p) !== shares[k - 1])) continue;
    const own = shares.map((p, k) =>
      ownWords(
        page,
        p,
        k + 1 < shares.length ? figure(page, shares[k + 1] as number).start : (page.sentences[page.sentenceOf[p] as number]?.end ?? page.text.length),
      ),
    );
    if (!chiemShares(page, shares, own) && !partitionShares(own) && !partitionByLeads(page, shares, own) && !partitionByVerbs(own)) continue;
    const found = overHundred(page, shares);
    if (found) findings.push(found);
  }
  return findings;
}

/** A warning when shares of one whole together pass 100 % beyond their rounding. */
function overHundred(page: Page, shares: number[]): RuleFinding | undefined {
  const total = sum(shares.map((p) => hedgedRange(page, p)));
  if (total.lo <= 100 + 1e-9) return undefined;
  const values = shares.map((p) => figure(page, p).value);
  const decimals = Math.max(...shares.map((p) => (String(figure(page, p).value).split('.')[1] ?? '').length));
  const shown = {
    shares: values.map((v) => num(v, decimals)),
    sum: num(
      values.reduce((a, b) => a + b, 0),
      decimals,
    ),
  };
  return finding(page, 'warning', shares, explain('checks.explain.shares-sum', shown));
}

export const sharesSum = defineRule({ id: 'shares-sum', check });
