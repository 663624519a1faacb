/**
 * Runs the analysis of big pages in a worker, so the page's main thread only walks the DOM and
 * paints. A content script cannot start a worker from an extension URL, so the worker's script is
 * fetched and started from a blob; where the page's CSP forbids that, or anything else fails, the
 * analysis falls back to the main thread in slices.
 */
import type { Extraction } from '../extraction/types';
import { inPage, type Analysis, type FigureNote, type WorkerAnswer, type WorkerRequest } from './analysis';
import { Cancelled } from './slices';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Below this many characters the worker's start-up costs more than it saves. */
export const WORKER_FROM = 100_000;

interface Waiting {
  part(value: unknown): void;
  done(): void;
  fail(error: Error): void;
}

export function workerAnalysis(scriptUrl: string): Analysis & { dispose(): void } {
  let worker: Promise<Worker | undefined> | undefined;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();
  /** Which worker request made an extraction, so its notes can be asked for without sending it back. */
  const madeBy = new WeakMap<Extraction, number>();

  const start = (): Promise<Worker | undefined> =>
    (worker ??= (async () => {
      try {
        const source = await (await fetch(scriptUrl)).text();
        const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
        const w = new Worker(url);
        URL.revokeObjectURL(url);
        w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
          const answer = event.data;
          const entry = waiting.get(answer.id);
          if (!entry) return;
          if (!answer.ok) {
            waiting.delete(answer.id);
            entry.fail(new Error(answer.error));
            return;
          }
          entry.part(answer.value);
          if (!answer.more) {
            waiting.delete(answer.id);
            entry.done();
          }
        };
        w.onerror = (event) => {
          event.preventDefault();
          for (const entry of waiting.values()) entry.fail(new Error('Soi: the analysis worker failed'));
          waiting.clear();
        };
        return w;
      } catch {
        return undefined;
      }
    })());

  /** Sends a request; `collect` takes each part of the answer as it arrives, each in its own task. */
  const ask = async (request: WithoutId<WorkerRequest>, collect: (part: unknown) => void, signal?: AbortSignal): Promise<number> => {
    const w = await start();
    if (!w) throw new Error('no worker');
    const id = nextId++;
    await new Promise<void>((resolve, reject) => {
      waiting.set(id, { part: collect, done: resolve, fail: reject });
      signal?.addEventListener('abort', () => {
        waiting.delete(id);
        reject(new Cancelled());
      });
      w.postMessage({ ...request, id });
    });
    return id;
  };

  const orInPage = async <T>(viaWorker: () => Promise<T>, viaPage: () => Promise<T>): Promise<T> => {
    try {
      return await viaWorker();
    } catch (error) {
      if (error instanceof Cancelled) throw error;
      return viaPage();
    }
  };

  return {
    extract(text, signal) {
      if (text.length < WORKER_FROM) return inPage.extract(text, signal);
      return orInPage(
        async () => {
          const found: Extraction = { figures: [], references: [], backrefs: [] };
          const id = await ask(
            { type: 'extract', text },
            (part) => {
              const p = part as Extraction;
              for (const figure of p.figures) found.figures.push(figure);
              for (const reference of p.references) found.references.push(reference);
              for (const backref of p.backrefs) found.backrefs.push(backref);
            },
            signal,
          );
          madeBy.set(found, id);
          return found;
        },
        () => inPage.extract(text, signal),
      );
    },
    note(text, found, meta, signal) {
      const extractId = madeBy.get(found);
      if (extractId === undefined) return inPage.note(text, found, meta, signal);
      return orInPage(
        async () => {
          const notes: FigureNote[] = [];
          await ask({ type: 'note', extractId, meta }, (part) => notes.push(...(part as FigureNote[])), signal);
          return notes;
        },
        () => inPage.note(text, found, meta, signal),
      );
    },
    dispose() {
      void worker?.then((w) => w?.terminate());
      worker = undefined;
    },
  };
}
