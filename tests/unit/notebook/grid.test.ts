import { describe, expect, it } from 'vitest';
import { clipFromDraft } from '@/utils/notebook/clips';
import { buildGrid, rankOverTime, valuesAcrossProvinces } from '@/utils/notebook/grid';
import type { FigureClip } from '@/utils/notebook/types';
import type { Subject } from '@/utils/attribution/types';
import { DEFAULT_TOLERANCES } from '@/utils/settings';
import { context, figureDraft, haNam, namDinh, year } from './drafts';

const ninhBinh: Subject = { id: 'ninh-binh', name: 'Ninh Bình', map: 63 };
const ninhBinh2025: Subject = { id: 'ninh-binh-2025', name: 'Ninh Bình', map: 34 };
let nextId = 1;

function clip(text: string, value: number, kind: FigureClip['figureKind'], subject: Subject, y: number, extra: Partial<FigureClip> = {}): FigureClip {
  const draft = figureDraft({
    text,
    value,
    figureKind: kind,
    attribution: context('dti', subject, year(y)),
    url: `https://site${nextId}.vn/a`,
    title: `Bài ${nextId}`,
  });
  return { ...(clipFromDraft(draft, nextId) as FigureClip), id: nextId++, ...extra };
}

const options = { map: 63 as const, tolerances: DEFAULT_TOLERANCES };

describe('the comparison grid', () => {
  it('lines up values by indicator, province and period, and flags sources that disagree', () => {
    const clips = [
      clip('xếp thứ 10/63', 10, 'rank', namDinh, 2022, { of: 63 }),
      clip('đứng thứ 12/63', 12, 'rank', namDinh, 2022, { of: 63 }),
      clip('xếp thứ 10/63', 10, 'rank', namDinh, 2023, { of: 63 }),
      clip('thứ 10', 10, 'rank', namDinh, 2023),
      clip('xếp thứ 20/63', 20, 'rank', haNam, 2022, { of: 63 }),
    ];
    const [grid] = buildGrid(clips, options);
    expect(grid?.periods).toEqual(['2022', '2023']);
    expect(grid?.rows.map((row) => row.place.name)).toEqual(['Hà Nam', 'Nam Định']);
    const namDinhRow = grid?.rows[1];
    expect(namDinhRow?.cells.get('2022')?.entries).toHaveLength(2);
    expect(namDinhRow?.cells.get('2022')?.disagreements).toEqual([[clips[1]!.id, clips[0]!.id]]);
    expect(namDinhRow?.cells.get('2023')?.disagreements).toEqual([]);
    expect(grid?.conflicts).toBe(1);
  });

  it('counts a hedged figure as agreeing with the value it brackets', () => {
    const clips = [clip('trên 80%', 80, 'percent', namDinh, 2023, { qualifier: 'trên' }), clip('82%', 82, 'percent', namDinh, 2023)];
    expect(buildGrid(clips, options)[0]?.conflicts).toBe(0);
  });

  it('does not hold a target against an outcome', () => {
    const target = clip('phấn đấu đạt 90%', 90, 'percent', namDinh, 2023);
    target.attribution = { ...target.attribution, target: true };
    expect(buildGrid([target, clip('đạt 72%', 72, 'percent', namDinh, 2023)], options)[0]?.conflicts).toBe(0);
  });

  it('rolls old provinces up into the 34-map unit with their lineage, without comparing different provinces', () => {
    const clips = [
      clip('xếp thứ 10/63', 10, 'rank', namDinh, 2022, { of: 63 }),
      clip('xếp thứ 20/63', 20, 'rank', haNam, 2022, { of: 63 }),
      clip('xếp thứ 5/63', 5, 'rank', ninhBinh, 2022, { of: 63 }),
      clip('xếp thứ 3/34', 3, 'rank', ninhBinh2025, 2025, { of: 34 }),
    ];
    const on63 = buildGrid(clips, options)[0];
    expect(on63?.rows).toHaveLength(4);
    const on34 = buildGrid(clips, { ...options, map: 34 })[0];
    expect(on34?.rows).toHaveLength(1);
    const row = on34?.rows[0];
    expect(row?.place).toMatchObject({ id: 'ninh-binh-2025', map: 34 });
    expect(row?.place.lineage).toEqual(expect.arrayContaining(['Nam Định', 'Hà Nam', 'Ninh Bình']));
    expect(row?.cells.get('2022')?.entries).toHaveLength(3);
    expect(on34?.conflicts).toBe(0);
  });

  it('leaves figures Soi could not place out of the grid', () => {
    const loose = clip('đạt 50%', 50, 'percent', namDinh, 2023);
    loose.attribution = { ...loose.attribution, period: 'unknown' };
    expect(buildGrid([loose], options)).toEqual([]);
  });

  it('feeds the charts: rank over the years and values across provinces', () => {
    const clips = [
      clip('xếp thứ 12/63', 12, 'rank', namDinh, 2021, { of: 63 }),
      clip('xếp thứ 10/63', 10, 'rank', namDinh, 2022, { of: 63 }),
      clip('DTI đạt 0,52', 0.52, 'score', namDinh, 2022),
      clip('DTI đạt 0,48', 0.48, 'score', haNam, 2022),
    ];
    const [grid] = buildGrid(clips, options);
    expect(rankOverTime(grid!)).toEqual({ periods: ['2021', '2022'], series: [{ place: 'Nam Định', ranks: [12, 10] }] });
    expect(valuesAcrossProvinces(grid!)).toEqual({ kind: 'score', period: '2022', places: ['Hà Nam', 'Nam Định'], values: [0.48, 0.52] });
  });
});
