import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handle, send, type ClipDraft } from '@/utils/messaging';
import { contentScript, deliverAs } from '../senders';

const draft: ClipDraft = {
  kind: 'figure',
  text: 'đạt 98,65%',
  value: 98.65,
  figureKind: 'percent',
  attribution: { indicator: 'unknown', subject: 'unknown', period: 'unknown' },
  sentence: 'Tỷ lệ hồ sơ đúng hạn đạt 98,65%.',
  selectors: { quote: { exact: 'đạt 98,65%', prefix: 'đúng hạn ', suffix: '.' }, position: { start: 20, end: 30 } },
  url: 'https://namdinh.gov.vn/a',
  title: 'Bài',
  site: 'namdinh.gov.vn',
};

let stop: (() => void) | undefined;
beforeEach(() => deliverAs(contentScript(draft.url)));
afterEach(() => {
  stop?.();
  vi.restoreAllMocks();
});

describe('messages between content script and background', () => {
  it('delivers a valid clip and returns the typed answer', async () => {
    let received: ClipDraft | undefined;
    stop = handle({
      'clip.save': (payload) => {
        received = payload;
        return { ok: true, id: 7, duplicate: false };
      },
    });
    expect(await send('clip.save', draft)).toEqual({ ok: true, id: 7, duplicate: false });
    expect(received?.text).toBe('đạt 98,65%');
  });

  it('refuses a payload a hostile page shaped, naming the field, before the handler runs', async () => {
    let called = false;
    stop = handle({ 'clip.save': () => ((called = true), { ok: true, id: 1, duplicate: false }) });
    const bad = { ...draft, value: 'NaN', selectors: { ...draft.selectors, position: { start: 9, end: 3 } } };
    const answer = await send('clip.save', bad as unknown as ClipDraft);
    expect(called).toBe(false);
    expect(answer).toMatchObject({ ok: false, code: 'invalid' });
    expect(!answer.ok && answer.error).toMatch(/value/);
  });

  it('turns a handler failure into an error answer instead of a hung promise', async () => {
    stop = handle({
      'clip.save': () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(await send('clip.save', draft)).toMatchObject({ ok: false, error: 'QuotaExceededError' });
  });

  it('reports a malformed answer rather than passing it on', async () => {
    stop = handle({ 'clip.save': () => ({ ok: true, id: 'x' }) as never });
    expect(await send('clip.save', draft)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('ignores messages that are not Soi envelopes', async () => {
    let called = false;
    stop = handle({ 'page.report': () => ((called = true), { ok: true }) });
    const { browser } = await import('wxt/browser');
    await browser.runtime.sendMessage({ type: 'page.report', payload: {} }).catch(() => undefined);
    expect(called).toBe(false);
  });
});
