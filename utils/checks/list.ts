/**
 * How a page writes a list of parts: `128.034 hồ sơ trực tiếp, 49.393 hồ sơ qua mạng`,
 * `trực tuyến 128.034 hồ sơ và trực tiếp 49.393 hồ sơ`. Between two parts there is a joiner
 * (`,` `và` `+`) and at most a short label (two words, or as long as the first part's label when the
 * page names each part before its number: `trong đó vốn ngân sách 2.000 tỷ đồng, vốn doanh nghiệp
 * 3.500 tỷ đồng`); anything longer (`…, giải quyết 170.000 hồ sơ`) is a new clause, not the next part.
 */
import { WORDS, crossesClauseOrLine, norm, wordPattern } from './words';

const MAX_GAP = 60;

export function isListGap(gapText: string, maxLabelWords = 2): boolean {
  if (gapText.length > MAX_GAP || crossesClauseOrLine(gapText)) return false;
  const text = norm(gapText);
  let cut = -1;
  for (const joiner of WORDS.listJoiners) {
    for (const match of text.matchAll(wordPattern(joiner))) cut = Math.max(cut, (match.index ?? 0) + match[0].length);
  }
  if (cut < 0) return false;
  const label = text
    .slice(cut)
    .replace(/^[\s:]+/, '')
    .trim();
  if (/\d/.test(label)) return false;
  const words = label.split(' ').filter((w) => w && w !== 'có' && w !== 'là');
  return words.length <= maxLabelWords;
}
