import { describe, expect, it } from 'vitest';
import { rankChange as rankChangeRule } from '../../../utils/checks/rank-change';
import { rankOverTotal } from '../../../utils/checks/rank-over-total';
import { checkPage } from '../../../scripts/check-page';
import { extract } from '../../../utils/extraction';
import { rank, rankChange, run, score } from './run-rule';

describe('a rank change against its two ranks', () => {
  it.each([
    [
      'now, change, so với … (then)',
      'xếp thứ 10/63, tăng 6 bậc so với năm 2022 (thứ 16).',
      [rank('10/63', 10, 63), rankChange('tăng 6 bậc', 6), rank('thứ 16', 16)],
      'ok',
    ],
    [
      'now, change, so với … (then), wrong size',
      'xếp thứ 10/63, tăng 4 bậc so với năm 2022 (thứ 16).',
      [rank('10/63', 10, 63), rankChange('tăng 4 bậc', 4), rank('thứ 16', 16)],
      'warning',
    ],
    [
      'sau … đứng thứ',
      'xếp thứ 10/63 trên bảng xếp hạng; tăng 1 bậc sau 2 năm liên tiếp đứng thứ 11.',
      [rank('10/63', 10, 63), rankChange('tăng 1 bậc', 1), rank('thứ 11', 11)],
      'ok',
    ],
    ['từ … lên …', 'đi từ thứ 16 lên thứ 10, tăng 6 bậc.', [rank('thứ 16', 16), rank('thứ 10', 10), rankChange('tăng 6 bậc', 6)], 'ok'],
    ['từ … xuống … with giảm', 'tụt từ thứ 10 xuống thứ 14, giảm 3 bậc.', [rank('thứ 10', 10), rank('thứ 14', 14), rankChange('giảm 3 bậc', -3)], 'warning'],
    ['wrong direction', 'đứng thứ 12, tăng 2 bậc so với năm trước (thứ 10).', [rank('thứ 12', 12), rankChange('tăng 2 bậc', 2), rank('thứ 10', 10)], 'warning'],
    ['two years', 'năm 2022 đứng thứ 16; năm 2023 đứng thứ 10, tăng 6 bậc.', [rank('thứ 16', 16), rank('thứ 10', 10), rankChange('tăng 6 bậc', 6)], 'ok'],
    ['English', 'ranked 10th, up 5 places compared with 2022 (16th).', [rank('10th', 10), rankChange('up 5 places', 5), rank('16th', 16)], 'warning'],
    [
      'the earlier rank in the sentence before, pointed back to',
      'Năm 2021, chỉ số SIPAS của tỉnh đứng thứ 33/63. Năm 2022, chỉ số này xếp thứ 24/63, tăng 7 bậc.',
      [rank('thứ 33/63', 33, 63), rank('thứ 24/63', 24, 63), rankChange('tăng 7 bậc', 7)],
      'warning',
    ],
    [
      'the same across sentences, right',
      'Năm 2021, chỉ số SIPAS của tỉnh đứng thứ 33/63. Năm 2022, chỉ số này xếp thứ 24/63, tăng 9 bậc.',
      [rank('thứ 33/63', 33, 63), rank('thứ 24/63', 24, 63), rankChange('tăng 9 bậc', 9)],
      'ok',
    ],
    [
      'the earlier rank marked as earlier right before the change, the rank now in the sentence before',
      'Năm 2024 chỉ số PAR Index của tỉnh xếp thứ 12/63. So với năm 2023, khi tỉnh đứng thứ 20/63, thứ hạng đã tăng 5 bậc.',
      [rank('thứ 12/63', 12, 63), rank('thứ 20/63', 20, 63), rankChange('tăng 5 bậc', 5)],
      'warning',
    ],
    [
      'the rank now, its score, then the change and the earlier rank',
      'The province ranked 7th with 68.4 points, having fallen three places from 3rd a year earlier.',
      [rank('7th', 7), score('68.4 points', 68.4), rankChange('fallen three places', -3), rank('3rd', 3)],
      'warning',
    ],
    [
      'the rank now, its score, then the change and the earlier rank, right',
      'Tỉnh xếp thứ 7 với 68,4 điểm, giảm 4 bậc so với năm trước (thứ 3).',
      [rank('thứ 7', 7), score('68,4 điểm', 68.4), rankChange('giảm 4 bậc', -4), rank('thứ 3', 3)],
      'ok',
    ],
    [
      'the earlier rank marked as earlier, all in one sentence',
      'The province ranked 12th in 2024; compared with 20th in 2023, it is up 8 places.',
      [rank('12th', 12), rank('20th', 20), rankChange('up 8 places', 8)],
      'ok',
    ],
  ])('%s', (_name, text, figures, status) => {
    expect(run(rankChangeRule, text, figures).map((f) => f.status)).toEqual([status]);
  });

  it.each([
    [
      'only one rank',
      'Với 66,79 điểm, tỉnh xếp thứ 30 trên bảng (tăng 17 bậc so với năm 2022).',
      [score('66,79 điểm', 66.79), rank('thứ 30', 30), rankChange('tăng 17 bậc', 17)],
    ],
    ['the other rank is another province', 'tỉnh xếp thứ 5, tăng 2 bậc; Hà Nam đứng thứ 3.', [rank('thứ 5', 5), rankChange('tăng 2 bậc', 2), rank('thứ 3', 3)]],
    [
      'different rankings',
      'xếp thứ 10/63, tăng 6 bậc so với bảng xếp hạng 34 tỉnh (thứ 4/34).',
      [rank('10/63', 10, 63), rankChange('tăng 6 bậc', 6), rank('thứ 4/34', 4, 34)],
    ],
    ['top N is not a position', 'lọt Top 30, tăng 17 bậc so với năm trước (thứ 47).', [rank('Top 30', 30), rankChange('tăng 17 bậc', 17), rank('thứ 47', 47)]],
    [
      'a rank in the sentence before, of another ranking',
      'Năm 2021, chỉ số PCI của tỉnh đứng thứ 33/63. Năm 2022, chỉ số PAPI xếp thứ 24/63, tăng 7 bậc.',
      [rank('thứ 33/63', 33, 63), rank('thứ 24/63', 24, 63), rankChange('tăng 7 bậc', 7)],
    ],
    [
      'a rank in the sentence before, with no year of its own',
      'Tỉnh đứng thứ 33/63. Năm 2022, chỉ số này xếp thứ 24/63, tăng 7 bậc.',
      [rank('thứ 33/63', 33, 63), rank('thứ 24/63', 24, 63), rankChange('tăng 7 bậc', 7)],
    ],
    [
      'an earlier rank before the change with no word marking it as earlier',
      'Tỉnh xếp thứ 12/63. Huyện đứng thứ 20/63, tăng 5 bậc.',
      [rank('thứ 12/63', 12, 63), rank('thứ 20/63', 20, 63), rankChange('tăng 5 bậc', 5)],
    ],
  ])('stays silent: %s', (_name, text, figures) => {
    expect(run(rankChangeRule, text, figures)).toEqual([]);
  });

  it('leaves two ranks of different indicators alone when attribution tells them apart', () => {
    const text = 'Năm 2022, tỉnh xếp thứ 25 về DTI; năm 2023, tỉnh xếp thứ 18 về PCI, tăng 3 bậc.';
    const figures = [rank('thứ 25', 25), rank('thứ 18', 18), rankChange('tăng 3 bậc', 3)];
    const context = (id: string) => ({ indicator: { id, name: id } });
    expect(run(rankChangeRule, text, figures).map((f) => f.status)).toEqual(['warning']);
    expect(run(rankChangeRule, text, figures, [context('dti'), context('pci'), context('pci')])).toEqual([]);
  });
});

describe('English ordinal ranks at the two ends of a move, read from the page', () => {
  const verdict = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'rank-change')
      .map((f) => f.status);

  it.each([
    ['the move, then where it ended, then where it began', 'Quang Ninh jumped three spots to 4th in the 2024 SIPAS, from 7th in 2023.', ['ok']],
    ['the same, wrong size', 'Quang Ninh jumped two spots to 4th in the 2024 SIPAS, from 7th in 2023.', ['warning']],
    ['spelled ordinals', 'The district fell two places to fifth from third in the ranking.', ['ok']],
    ['spelled, wrong direction', 'The district rose two places to fifth from third in the ranking.', ['warning']],
    ['where it began only, spelled, after the rank now', 'It placed 20th out of 63, dropping four places from sixteenth in 2022.', ['ok']],
  ])('%s', (_name, text, statuses) => {
    expect(verdict(text)).toEqual(statuses);
  });

  it.each([
    [
      'the earlier rank in the past perfect, the move a clause later',
      'Ha Tinh ranked 15th in the 2024 PCI. It had ranked 19th the year before, so the province has climbed two places.',
      ['warning'],
    ],
    ['the same, right', 'Ha Tinh ranked 15th in the 2024 PCI. It had ranked 19th the year before, so the province has climbed four places.', ['ok']],
  ])('%s', (_name, text, statuses) => {
    expect(verdict(text)).toEqual(statuses);
  });

  it.each([
    ['an ordinal after `to` with no move before it', 'The meeting moved to 3rd floor, from 2nd floor, in 2023.'],
    ['a move with only where it ended', 'The province moved up four places to 22nd in the 2023 PAPI.'],
  ])('stays silent: %s', (_name, text) => {
    expect(verdict(text)).toEqual([]);
  });
});

describe('a rank move spelled in words, read by the checks though it is no figure', () => {
  const moves = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'rank-change')
      .map((f) => ({ status: f.status, items: f.items, en: f.explanation.en }));

  it.each([
    ['tụt tám bậc, right', 'Năm 2024, tỉnh đứng thứ 45/63, tụt tám bậc so với năm 2023 (thứ 37).', 'ok', 'tụt tám bậc'],
    ['tụt năm bậc, wrong', 'Năm 2024, tỉnh đứng thứ 45/63, tụt năm bậc so với năm 2023 (thứ 37).', 'warning', 'tụt năm bậc'],
    ['mười hai is read whole, not as mười', 'Năm 2024, tỉnh đứng thứ 45/63, giảm mười hai bậc so với năm 2023 (thứ 33).', 'ok', 'giảm mười hai bậc'],
  ])('%s', (_name, text, status, words) => {
    const [found] = moves(text);
    expect(found?.status).toBe(status);
    // The move is quoted in the explanation and never listed as a figure of the page.
    expect(found?.items).toEqual(['thứ 45/63', text.match(/thứ 3\d/u)?.[0]]);
    expect(found?.en).toContain(words);
  });

  it('makes no figure of a spelled number: extraction is unchanged', () => {
    expect(extract('Năm 2024, tỉnh tụt năm bậc.').figures).toEqual([]);
  });
});

describe('a rank above the number ranked', () => {
  it.each([
    ['65/63', 'xếp thứ 65/63 tỉnh, thành phố.', [rank('65/63', 65, 63)], ['warning']],
    ['63/63 is the last place, not an error', 'xếp thứ 63/63 tỉnh, thành phố.', [rank('63/63', 63, 63)], []],
    ['no denominator', 'xếp thứ 65 cả nước.', [rank('thứ 65', 65)], []],
  ])('%s', (_name, text, figures, statuses) => {
    expect(run(rankOverTotal, text, figures).map((f) => f.status)).toEqual(statuses);
  });

  it.each([
    ['the total in words after the rank', 'Năm 2023, tỉnh Sơn La đứng thứ 66 trong số 63 tỉnh, thành phố về chỉ số PAPI.', ['warning']],
    ['the same within the total', 'Năm 2023, tỉnh Sơn La đứng thứ 36 trong số 63 tỉnh, thành phố về chỉ số PAPI.', []],
    ['a lone `trên` may mean above, not out of', 'Năm 2023, tỉnh Sơn La xếp thứ 5 trên 3 lĩnh vực của chỉ số PAPI.', []],
  ])('from the text: %s', (_name, text, statuses) => {
    const findings = checkPage({ text }).filter((f) => f.rule === 'rank-over-total');
    expect(findings.map((f) => f.status)).toEqual(statuses);
  });
});

describe('the earlier rank after the move, dated to the year it is counted from', () => {
  const verdicts = (text: string) =>
    checkPage({ text })
      .filter((f) => f.rule === 'rank-change')
      .map((f) => f.status);

  it.each([
    [
      'the only rank of the next sentence, with its year',
      'Năm 2024, tỉnh xếp thứ 18/63, tăng 6 bậc so với năm trước. Năm 2023, tỉnh xếp ở vị trí thứ 28.',
      ['warning'],
    ],
    ['the same, right', 'Năm 2024, tỉnh xếp thứ 18/63, tăng 10 bậc so với năm trước. Năm 2023, tỉnh xếp ở vị trí thứ 28.', ['ok']],
    [
      'the move pointing back to the rank before, its earlier end after `from its 2023 position`',
      'In 2024 the province came 12th of 63. That is a rise of seven places from its 2023 position, when it ranked 17th.',
      ['warning'],
    ],
    [
      'a move written as a noun, in digits',
      'In 2024 the province came 12th of 63. That is a rise of 5 places from its 2023 position, when it ranked 17th.',
      ['ok'],
    ],
  ])('%s', (_name, text, statuses) => {
    expect(verdicts(text)).toEqual(statuses);
  });

  it.each([
    [
      'the next sentence dated two years back while the move is over one',
      'Năm 2024, tỉnh xếp thứ 18/63, tăng 6 bậc so với năm trước. Năm 2022, tỉnh xếp ở vị trí thứ 28.',
    ],
    ['the next sentence holds two ranks', 'Năm 2024, tỉnh xếp thứ 18/63, tăng 6 bậc so với năm trước. Năm 2023, tỉnh xếp thứ 28 về PCI và thứ 30 về PAPI.'],
    ['the next sentence starts another paragraph', 'Năm 2024, tỉnh xếp thứ 18/63, tăng 6 bậc so với năm trước.\nNăm 2023, tỉnh xếp ở vị trí thứ 28.'],
  ])('stays silent: %s', (_name, text) => {
    expect(verdicts(text)).toEqual([]);
  });
});

describe('a rank above the number of things the ranking is among', () => {
  const warnings = (text: string) => checkPage({ text }).filter((f) => f.rule === 'rank-over-total');

  it.each([
    ['counted right after `among the country’s`', "Ha Nam scored 21.4 points, placing 68th among the country's 63 provinces."],
    [
      'named again after `trong số các`, counted before',
      'Tỉnh công bố chỉ số của 19 sở, ban, ngành. Sở Tài chính đạt 84,35 điểm, xếp thứ 21 trong số các sở, ban, ngành được đánh giá.',
    ],
  ])('%s', (_name, text) => {
    expect(warnings(text).map((f) => f.status)).toEqual(['warning']);
  });

  it.each([
    ['within the count', 'Tỉnh công bố chỉ số của 19 sở, ban, ngành. Sở Tài chính đạt 84,35 điểm, xếp thứ 12 trong số các sở, ban, ngành được đánh giá.'],
    ['two counts of the things named', 'Năm 2023 đánh giá 19 sở; năm 2024 đánh giá 25 sở. Sở Tài chính xếp thứ 21 trong số các sở được đánh giá.'],
    ['the count is of something else', 'Tỉnh có 19 huyện. Sở Tài chính xếp thứ 21 trong số các sở được đánh giá.'],
  ])('stays silent: %s', (_name, text) => {
    expect(warnings(text)).toEqual([]);
  });
});
