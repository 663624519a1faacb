/**
 * The synthetic notebook the benchmark seeds, the same in Node and in Chromium: real indicator ids
 * and province names, made-up values and sources, deterministic for a given seed.
 */
import { OLD_UNITS } from '../../utils/attribution/gazetteer';
import { INDICATORS } from '../../utils/attribution/indicators';
import type { FigureKind } from '../../utils/extraction/types';
import { attributionKeys } from '../../utils/notebook/clips';
import type { Clip } from '../../utils/notebook/types';
import { clipWords } from '../../utils/notebook/words';

const SITES = ['namdinh.gov.vn', 'baonamdinh.vn', 'ictvietnam.vn', 'vnexpress.net', 'baochinhphu.vn', 'mic.gov.vn', 'hanoimoi.vn', 'sggp.org.vn'];

/** A small deterministic generator, so every run seeds the same notebook. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `spared`: an indicator this clip must not be of (another of the twelve is drawn in its place). */
export function seedClip(i: number, next: () => number, spared?: string): Omit<Clip, 'id'> {
  const drawn = INDICATORS.slice(0, 12).filter((entry) => entry.id !== spared);
  const entry = drawn[Math.floor(next() * drawn.length)]!;
  const province = OLD_UNITS[Math.floor(next() * OLD_UNITS.length)]!;
  const year = 2016 + Math.floor(next() * 9);
  const ranked = entry.ranking ?? false;
  const figureKind: FigureKind = ranked ? 'rank' : 'percent';
  const value = ranked ? 1 + Math.floor(next() * 63) : Math.round(next() * 10_000) / 100;
  const text = ranked ? `xếp thứ ${value}/63` : `đạt ${String(value).replace('.', ',')}%`;
  const site = SITES[i % SITES.length]!;
  const unknown = next() < 0.1;
  const attribution = unknown
    ? ({ indicator: 'unknown', subject: 'unknown', period: 'unknown' } as const)
    : {
        indicator: { id: entry.id, name: entry.vi, en: entry.en },
        subject: { id: province.id, name: province.name, map: 63 as const },
        period: { key: String(year), from: `${year}-01-01`, to: `${year}-12-31`, basis: 'year' as const },
      };
  const sentence = `Năm ${year}, ${entry.vi} của tỉnh ${province.name} ${text}, theo báo cáo số ${i}.`;
  const clip = {
    kind: 'figure' as const,
    text,
    value,
    figureKind,
    ...(ranked ? { of: 63 } : {}),
    attribution,
    ...attributionKeys(attribution),
    sentence,
    selectors: { quote: { exact: text, prefix: '', suffix: '' }, position: { start: i, end: i + text.length } },
    url: `https://${site}/bai-${i}`,
    title: `Bài ${i} về ${entry.vi}`,
    site,
    publishedAt: `${year + 1}-03-15`,
    clippedAt: 1_700_000_000_000 + i * 60_000,
    note: i % 50 === 0 ? 'đối chiếu với báo cáo của Sở' : '',
    tags: i % 20 === 0 ? ['dti', `dot-${i % 7}`] : [],
    words: [] as string[],
  };
  clip.words = clipWords(clip);
  return clip;
}
