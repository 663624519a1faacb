import { describe, expect, it, vi } from 'vitest';
import { BACKGROUND_TEXT_MAX, PART, READY, type WorkerAnswer, type WorkerRequest } from '../../../utils/annotation/analysis';
import { inPage } from '../../../utils/annotation/analysis-work';
import { noteExtraction } from '../../../utils/annotation/noting';
import { serveWorker } from '../../../utils/annotation/worker-serve';
import { WORKER_SILENCE_MS, workerAnalysis } from '../../../utils/annotation/worker-analysis';
import { extract } from '../../../utils/extraction';

const SENTENCE = 'Năm 2022, tỉnh Nam Định xếp thứ 10/63 về DTI, đạt 98,65% theo Nghị quyết số 09-NQ/TU ngày 15-10-2021; Nghị quyết số 09 nêu rõ.\n';

describe('the analysis worker’s side', () => {
  it('answers an extraction in parts, then notes for it by the extraction’s id', async () => {
    const text = SENTENCE.repeat(1_500);
    const answers: WorkerAnswer[] = [];
    const serve = serveWorker(
      (answer) => answers.push(answer),
      () => noteExtraction,
    );
    await serve({ id: 1, type: 'extract', text });
    const parts = answers.filter((a) => a.id === 1);
    expect(parts.every((a) => a.ok)).toBe(true);
    expect(parts.slice(0, -1).every((a) => a.ok && a.more)).toBe(true);
    const last = parts[parts.length - 1];
    expect(last?.ok && last.more).toBe(false);
    const figures = parts.flatMap((a) => (a.ok ? (a.value as { figures: unknown[] }).figures : []));
    expect(figures).toHaveLength(extract(text).figures.length);
    const references = parts.flatMap((a) => (a.ok ? (a.value as { references: unknown[] }).references : []));
    const backrefs = parts.flatMap((a) => (a.ok ? (a.value as { backrefs: unknown[] }).backrefs : []));
    expect(references).toHaveLength(extract(text).references.length);
    expect(backrefs).toHaveLength(extract(text).backrefs.length);
    const sizes = parts.map((a) => (a.ok ? (a.value as Record<'figures' | 'references' | 'backrefs', unknown[]>) : undefined));
    expect(Math.max(...sizes.map((v) => (v ? v.figures.length + v.references.length + v.backrefs.length : 0)))).toBeLessThanOrEqual(PART);

    await serve({ id: 2, type: 'note', extractId: 1, page: { text: '', url: 'https://namdinh.gov.vn/a' } });
    const notes = answers.filter((a) => a.id === 2).flatMap((a) => (a.ok ? (a.value as { context?: { indicator: unknown } }[]) : []));
    expect(notes).toHaveLength(figures.length);
    expect(notes.some((n) => n.context && n.context.indicator !== 'unknown')).toBe(true);
  }, 30_000); // A few thousand figures attributed and checked: seconds on a busy machine, not a speed test.

  it('marks a page before it loads attribution and checks, and loads them once, for the first notes', async () => {
    const answers: WorkerAnswer[] = [];
    let loads = 0;
    const serve = serveWorker(
      (answer) => answers.push(answer),
      () => {
        loads++;
        return noteExtraction;
      },
    );
    await serve({ id: 1, type: 'extract', text: SENTENCE });
    await serve({ id: 2, type: 'extract', text: SENTENCE });
    expect(loads).toBe(0);
    await serve({ id: 3, type: 'note', extractId: 1, page: { text: SENTENCE } });
    await serve({ id: 4, type: 'note', extractId: 2, page: { text: SENTENCE } });
    expect(answers.filter((a) => a.id >= 3).every((a) => a.ok)).toBe(true);
    expect(loads).toBe(1);
  });

  it('answers notes with an error the page can fall back on when the notes script does not load', async () => {
    const answers: WorkerAnswer[] = [];
    const serve = serveWorker(
      (answer) => answers.push(answer),
      () => {
        throw new Error('the notes script did not load');
      },
    );
    await serve({ id: 1, type: 'extract', text: SENTENCE });
    await serve({ id: 2, type: 'note', extractId: 1, page: { text: SENTENCE } });
    expect(answers.filter((a) => a.id === 2)).toEqual([{ id: 2, ok: false, error: 'the notes script did not load' }]);
  });

  it('notes a text it was not asked to extract, as it notes its own extraction of it', async () => {
    const answers: WorkerAnswer[] = [];
    const serve = serveWorker(
      (answer) => answers.push(answer),
      () => noteExtraction,
    );
    const page = { text: SENTENCE, url: 'https://namdinh.gov.vn/a' };
    await serve({ id: 1, type: 'note', text: SENTENCE, page });
    await serve({ id: 2, type: 'extract', text: SENTENCE });
    await serve({ id: 3, type: 'note', extractId: 2, page });
    const notesOf = (id: number) => answers.filter((a) => a.id === id).flatMap((a) => (a.ok ? (a.value as unknown[]) : []));
    expect(notesOf(1).length).toBeGreaterThan(0);
    expect(notesOf(1)).toEqual(notesOf(3));
  });

  it('says so when asked for notes of an extraction it no longer keeps', async () => {
    const answers: WorkerAnswer[] = [];
    await serveWorker(
      (answer) => answers.push(answer),
      () => noteExtraction,
    )({ id: 5, type: 'note', extractId: 99, page: { text: '' } });
    expect(answers).toEqual([{ id: 5, ok: false, error: 'that extraction is no longer kept' }]);
  });
});

describe('the page’s side', () => {
  it('falls back to the analysis loaded into the page’s own thread when no worker can start, with the same result', async () => {
    const text = SENTENCE.repeat(50);
    // As on a page whose CSP keeps the worker's script out.
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('refused by the page')));
    let loads = 0;
    const analysis = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => {
      loads++;
      return inPage;
    });
    const found = await analysis.extract(text);
    const expected = await inPage.extract(text);
    expect(found.figures.map((f) => [f.start, f.text])).toEqual(expected.figures.map((f) => [f.start, f.text]));
    const notes = await analysis.note(text, found, { text });
    expect(notes).toHaveLength(found.figures.length);
    expect(loads).toBe(1);
    analysis.dispose();
    vi.unstubAllGlobals();
  });
});

/** A worker whose script has not run yet: it takes messages, and runs when the test says. */
class StartingWorker {
  static made: StartingWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  posted: WorkerRequest[] = [];
  constructor(readonly url: string) {
    StartingWorker.made.push(this);
  }
  postMessage(request: WorkerRequest): void {
    this.posted.push(request);
  }
  /** Its script ran: it says so, then serves what was sent meanwhile (once). */
  async run(): Promise<void> {
    this.onmessage?.({ data: READY } as MessageEvent);
    const serve = serveWorker(
      (answer) => this.onmessage?.({ data: answer } as MessageEvent),
      () => noteExtraction,
    );
    for (const request of this.posted.splice(0)) await serve(request);
  }
  terminate(): void {}
}

describe('a worker still starting', () => {
  it('is sent the first request before its script runs, so the request waits in the worker, not in the page', async () => {
    StartingWorker.made = [];
    vi.stubGlobal('Worker', StartingWorker);
    const analysis = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => inPage);
    const found = analysis.extract(SENTENCE);
    await Promise.resolve();
    const [worker] = StartingWorker.made;
    expect(worker?.posted.map((r) => r.type)).toEqual(['extract']);
    await worker?.run();
    expect((await found).figures.map((f) => f.text)).toEqual(extract(SENTENCE).figures.map((f) => f.text));
    analysis.dispose();
    vi.unstubAllGlobals();
  });

  it('that fails to load hands the waiting request to the worker started from the scripts’ text', async () => {
    StartingWorker.made = [];
    vi.stubGlobal('Worker', StartingWorker);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('/* a script */');
    });
    let loads = 0;
    const analysis = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => {
      loads++;
      return inPage;
    });
    const found = analysis.extract(SENTENCE);
    await Promise.resolve();
    StartingWorker.made[0]?.onerror?.({ preventDefault() {} });
    await vi.waitFor(() => expect(StartingWorker.made).toHaveLength(2));
    expect(fetched).toEqual(['chrome-extension://soi/reader-notes.js', 'chrome-extension://soi/reader-worker.js']);
    await StartingWorker.made[1]?.run();
    expect((await found).figures.map((f) => f.text)).toEqual(extract(SENTENCE).figures.map((f) => f.text));
    expect(loads).toBe(0);
    analysis.dispose();
    vi.unstubAllGlobals();
  });
});

describe('a worker that stops answering', () => {
  it('is ended after a silence, and the page’s own thread gives the same marks', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const ended: string[] = [];
    // A worker that takes every request and never answers: a runaway pattern, or one the browser froze.
    class SilentWorker {
      onmessage: ((event: MessageEvent) => void) | null = null;
      onerror: unknown = null;
      constructor() {
        // It starts, and says so, like any worker.
        setTimeout(() => this.onmessage?.({ data: READY } as MessageEvent), 0);
      }
      postMessage(): void {}
      terminate(): void {
        ended.push('terminated');
      }
    }
    vi.stubGlobal('Worker', SilentWorker);
    const text = SENTENCE.repeat(3);
    const analysis = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => inPage, { sameOrigin: true });
    const found = analysis.extract(text);
    await vi.advanceTimersByTimeAsync(WORKER_SILENCE_MS - 1);
    expect(ended).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    const expected = await inPage.extract(text);
    expect((await found).figures.map((f) => [f.start, f.text])).toEqual(expected.figures.map((f) => [f.start, f.text]));
    expect(ended).toEqual(['terminated']);
    analysis.dispose();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
});

describe('the background’s answer for a short page', () => {
  it('marks the page while the worker is still starting, and the worker, once started, notes the same figures', async () => {
    StartingWorker.made = [];
    vi.stubGlobal('Worker', StartingWorker);
    const text = SENTENCE.repeat(3);
    const analysis = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => inPage, {
      sameOrigin: true,
      quickExtract: async (t) => JSON.parse(JSON.stringify(extract(t))) as ReturnType<typeof extract>,
    });
    const found = await analysis.extract(text);
    const [worker] = StartingWorker.made;
    expect(worker?.posted.map((r) => r.type)).toEqual(['extract']);
    expect(found.figures.map((f) => [f.start, f.text])).toEqual(extract(text).figures.map((f) => [f.start, f.text]));
    const notes = analysis.note(text, found, { text, url: 'https://namdinh.gov.vn/a' });
    await Promise.resolve();
    // Started at last, the worker extracts the text it was sent, then notes that extraction.
    expect(worker?.posted.map((r) => r.type)).toEqual(['extract', 'note']);
    await worker?.run();
    const noted = await notes;
    expect(noted).toHaveLength(found.figures.length);
    expect(noted).toEqual(await noteExtraction(text, found, { text, url: 'https://namdinh.gov.vn/a' }));
    analysis.dispose();
    vi.unstubAllGlobals();
  });

  it('on demand, marks a short page with no worker started, and starts the worker for the notes with the text', async () => {
    StartingWorker.made = [];
    vi.stubGlobal('Worker', StartingWorker);
    const text = SENTENCE.repeat(3);
    const analysis = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => inPage, {
      sameOrigin: true,
      onDemand: true,
      quickExtract: async (t) => JSON.parse(JSON.stringify(extract(t))) as ReturnType<typeof extract>,
    });
    const found = await analysis.extract(text);
    expect(StartingWorker.made).toHaveLength(0);
    expect(found.figures.map((f) => [f.start, f.text])).toEqual(extract(text).figures.map((f) => [f.start, f.text]));
    const page = { text, url: 'https://namdinh.gov.vn/a' };
    const notes = analysis.note(text, found, page);
    await Promise.resolve();
    const [worker] = StartingWorker.made;
    expect(worker?.posted).toEqual([{ id: 1, type: 'note', text, page }]);
    await worker?.run();
    expect(await notes).toEqual(await noteExtraction(text, found, page));
    analysis.dispose();
    vi.unstubAllGlobals();
  });

  it('on demand, starts the worker when the background cannot answer, or when told to', async () => {
    StartingWorker.made = [];
    vi.stubGlobal('Worker', StartingWorker);
    const analysis = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => inPage, {
      sameOrigin: true,
      onDemand: true,
      quickExtract: async () => undefined,
    });
    const found = analysis.extract(SENTENCE);
    await vi.waitFor(() => expect(StartingWorker.made).toHaveLength(1));
    await StartingWorker.made[0]?.run();
    expect((await found).figures.map((f) => f.text)).toEqual(extract(SENTENCE).figures.map((f) => f.text));
    analysis.dispose();
    const told = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => inPage, { sameOrigin: true, onDemand: true });
    expect(StartingWorker.made).toHaveLength(1);
    told.start();
    await vi.waitFor(() => expect(StartingWorker.made).toHaveLength(2));
    told.dispose();
    vi.unstubAllGlobals();
  });

  it('is no longer asked once the worker has answered: a compiled worker is the quicker of the two', async () => {
    StartingWorker.made = [];
    vi.stubGlobal('Worker', StartingWorker);
    let asked = 0;
    const analysis = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => inPage, {
      sameOrigin: true,
      quickExtract: async () => {
        asked++;
        return undefined;
      },
    });
    const first = analysis.extract(SENTENCE);
    await Promise.resolve();
    await StartingWorker.made[0]?.run();
    await first;
    const again = analysis.extract(SENTENCE);
    await Promise.resolve();
    await StartingWorker.made[0]?.run();
    expect((await again).figures.map((f) => f.text)).toEqual(extract(SENTENCE).figures.map((f) => f.text));
    expect(asked).toBe(1);
    analysis.dispose();
    vi.unstubAllGlobals();
  });

  it('is not asked about a long text, and the worker’s answer is taken when the background has none', async () => {
    StartingWorker.made = [];
    vi.stubGlobal('Worker', StartingWorker);
    const asked: number[] = [];
    const analysis = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => inPage, {
      sameOrigin: true,
      quickExtract: async (t) => {
        asked.push(t.length);
        return undefined;
      },
    });
    const long = SENTENCE.repeat(Math.ceil((BACKGROUND_TEXT_MAX + 1) / SENTENCE.length));
    const short = analysis.extract(SENTENCE);
    const whole = analysis.extract(long);
    await Promise.resolve();
    await StartingWorker.made[0]?.run();
    expect((await short).figures.map((f) => f.text)).toEqual(extract(SENTENCE).figures.map((f) => f.text));
    expect((await whole).figures).toHaveLength((await inPage.extract(long)).figures.length);
    expect(asked).toEqual([SENTENCE.length]);
    analysis.dispose();
    vi.unstubAllGlobals();
  }, 30_000);
});
