import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveClip } from '@/utils/notebook/clips';
import { openNotebook, type NotebookDB } from '@/utils/notebook/db';
import { servePanel, workerNotebook, type PanelAnswer } from '@/utils/notebook/panel-worker';
import { DEFAULT_TOLERANCES } from '@/utils/settings';
import { context, figureDraft, haNam, namDinh, year } from './drafts';

const opened: NotebookDB[] = [];
afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

const rank = (value: number, subject = namDinh) =>
  figureDraft({
    text: `xếp thứ ${value}/63`,
    value,
    figureKind: 'rank',
    attribution: context('dti', subject, year(2022)),
    url: `https://baonamdinh.vn/${value}`,
  });

/** Each grid the worker sent, as the Compare tab would show it: province → that year's values. */
function shown(answers: PanelAnswer[]): Array<Record<string, number[]>> {
  return answers.map((answer) => {
    if (answer.type !== 'grid') throw new Error(`not a grid: ${JSON.stringify(answer)}`);
    return Object.fromEntries(answer.view?.rows.map((row) => [row.place.name, row.cells.get('2022')?.sources.map((source) => source.value) ?? []]) ?? []);
  });
}

describe("the side panel's worker", () => {
  it('sends a grid that follows clips saved elsewhere in Soi, and stops when the panel no longer wants it', async () => {
    const name = `panel-worker-${Math.random()}`;
    // The worker's notebook, and the background's own connection to the same database.
    const worker = workerNotebook(name);
    const background = openNotebook(name);
    opened.push(worker, background);
    await saveClip(background, rank(10), 1);
    await saveClip(background, rank(20, haNam), 2);

    const answers: PanelAnswer[] = [];
    const serve = servePanel(worker, (answer) => answers.push(answer));
    serve({ type: 'grid', id: 1, request: { indicator: 'dti', options: { map: 63, tolerances: DEFAULT_TOLERANCES }, shownSources: 4 } });
    await vi.waitFor(() => expect(shown(answers)).toEqual([{ 'Hà Nam': [20], 'Nam Định': [10] }]));

    await saveClip(background, rank(12), 3);
    await vi.waitFor(() => expect(shown(answers).at(-1)).toEqual({ 'Hà Nam': [20], 'Nam Định': [12, 10] }));
    const answer = answers.at(-1);
    expect(answer?.type === 'grid' && answer.view?.conflicts).toBe(1);

    serve({ type: 'stop', id: 1 });
    const before = answers.length;
    await saveClip(background, rank(30), 4);
    await new Promise((settle) => setTimeout(settle, 100));
    expect(answers).toHaveLength(before);
  });
});
