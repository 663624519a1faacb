import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKGROUND_TEXT_MAX, EXTRACT_CHUNKS } from '../../../utils/annotation/analysis';
import { serveExtraction } from '../../../utils/annotation/background-extraction';
import { extractInSlices } from '../../../utils/annotation/extract-in-slices';
import { send } from '../../../utils/annotation/messages';
import { extract } from '../../../utils/extraction';
import { contentScript, deliverAs, otherExtension } from '../senders';

const TEXT = 'Năm 2022, tỉnh Nam Định xếp thứ 10/63 về DTI, đạt 98,65% theo Nghị quyết số 09-NQ/TU ngày 15-10-2021; Nghị quyết số 09 nêu rõ.\n'.repeat(4);

describe('the background’s extraction for the reader', () => {
  let stop: () => void;
  beforeEach(() => {
    fakeBrowser.reset();
    stop = serveExtraction();
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  it('answers a page’s content script with what the worker finds in the same text', async () => {
    deliverAs(contentScript('https://namdinh.gov.vn/tin-tuc/a'));
    expect((await send('analysis.warm', {})).ok).toBe(true);
    const answer = await send('analysis.extract', { text: TEXT });
    expect(answer.ok).toBe(true);
    // As the content script receives it: through JSON.
    const found = answer.ok ? JSON.parse(JSON.stringify(answer.found)) : undefined;
    expect(found).toEqual(JSON.parse(JSON.stringify(await extractInSlices(TEXT, extract, EXTRACT_CHUNKS))));
    expect(found.figures.length).toBeGreaterThan(0);
  });

  it('refuses a text longer than a short page, and anyone but Soi’s content scripts', async () => {
    deliverAs(contentScript('https://namdinh.gov.vn/tin-tuc/a'));
    const long = await send('analysis.extract', { text: 'x'.repeat(BACKGROUND_TEXT_MAX + 1) });
    expect(long.ok).toBe(false);
    vi.restoreAllMocks();
    deliverAs(otherExtension());
    expect((await send('analysis.extract', { text: TEXT })).ok).toBe(false);
  });
});
