/**
 * Runs the analysis in a worker, so the page's main thread only walks the DOM and paints. A
 * content script cannot start a worker from an extension URL, so it starts one from a blob that
 * imports the worker's script (or, where a browser refuses that, from a blob of its scripts' text);
 * the worker imports attribution and checks, a second script, when the first notes are asked for;
 * where the page's CSP forbids blob workers, or anything else fails, the analysis is loaded into
 * the page's thread instead (`fallback`, a lazily loaded chunk) and runs in slices.
 */
import type { Extraction } from '../extraction/types';
import { BACKGROUND_TEXT_MAX, NOTES_SCRIPT, type Analysis, type FigureNote, type WorkerAnswer, type WorkerRequest } from './analysis';
import { Cancelled } from './slices';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * A worker with requests waiting that sends nothing for this long is taken for hung (a runaway
 * pattern, a worker the browser stopped): it is ended and the page's thread takes over. The worker
 * answers in parts, so even a 5 MB page's extraction sends something well within it.
 */
export const WORKER_SILENCE_MS = 60_000;

/** A worker from a blob of `source`. */
function blobWorker(source: string): Worker {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return new Worker(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

interface Waiting {
  /** The request as sent, so a worker that replaces one that failed to start gets it too. */
  request: WorkerRequest;
  part(value: unknown): void;
  done(): void;
  fail(error: Error): void;
}

export interface WorkerAnalysisOptions {
  /** The caller is one of Soi's own pages (the PDF viewer), which starts the worker from its URL; its policy allows no blob workers. */
  sameOrigin?: boolean;
  /**
   * Another extractor for short texts (up to `BACKGROUND_TEXT_MAX`), asked at the same time as the
   * worker until the worker has answered once: the background, usually running and compiled when
   * the page's worker is still starting. Resolves undefined when it cannot answer; the worker's
   * answer is then taken.
   */
  quickExtract?: (text: string) => Promise<Extraction | undefined>;
  /**
   * The worker starts only when a request needs it (a text too long for `quickExtract`, the first
   * notes, a `quickExtract` that cannot answer) or `start()` is called, not at once. Its thread and
   * first script take some 60 ms of CPU: on a short page the background marks, and a worker
   * starting meanwhile would only compete with that pass for the cores.
   */
  onDemand?: boolean;
}

/**
 * `fallback` loads the analysis for the page's own thread, once, when the worker cannot run.
 * The worker starts at once, so it is ready by the time the page's text has been read; requests
 * are sent to it as soon as it exists, without waiting for its first message, so the first one
 * is already there when its script has run.
 */
export function workerAnalysis(
  scriptUrl: string,
  fallback: () => Promise<Analysis>,
  options: WorkerAnalysisOptions = {},
): Analysis & { start(): void; dispose(): void } {
  /** The worker requests go to: the one starting or running. */
  let current: Worker | undefined;
  /** `current` has said `READY`: its script runs, so its silence from then on is a hang. */
  let running = false;
  let starting: Promise<void> | undefined;
  /** No worker could start, or the running one hung: requests go to the page's own thread. */
  let gone = false;
  let disposed = false;
  let inPage: Promise<Analysis> | undefined;
  /** The worker has answered an extraction: its code is compiled. */
  let workerWarm = false;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();
  /** Which worker request made an extraction, so its notes can be asked for without sending it back. */
  const madeBy = new WeakMap<Extraction, number>();
  /** Extractions `quickExtract` made while no worker ran: their notes carry the text to the worker. */
  const madeElsewhere = new WeakSet<Extraction>();
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const failAll = (message: string) => {
    for (const entry of waiting.values()) entry.fail(new Error(message));
    waiting.clear();
  };
  /** Restarted whenever the worker speaks; stopped when nothing waits on it. */
  const watch = () => {
    clearTimeout(watchdog);
    watchdog = undefined;
    const w = current;
    if (!w || !running || waiting.size === 0) return;
    watchdog = setTimeout(() => {
      w.terminate();
      // Hung once, it would hang again on the same text: the rest of this page's passes run in the page.
      current = undefined;
      gone = true;
      failAll('Soi: the analysis worker stopped answering');
    }, WORKER_SILENCE_MS);
  };

  const answered = (answer: WorkerAnswer) => {
    const entry = waiting.get(answer.id);
    if (entry && !answer.ok) {
      waiting.delete(answer.id);
      entry.fail(new Error(answer.error));
    } else if (entry && answer.ok) {
      entry.part(answer.value);
      if (!answer.more) {
        waiting.delete(answer.id);
        entry.done();
      }
    }
    watch();
  };

  /**
   * Takes `w` as the worker and sends it what waits; resolves true once its script runs (it says
   * `READY` first), false if the script does not load or stays silent.
   */
  const tryWorker = (w: Worker): Promise<boolean> => {
    current = w;
    for (const entry of waiting.values()) w.postMessage(entry.request);
    return new Promise((resolve) => {
      let ready = false;
      const timer = setTimeout(() => resolve(false), WORKER_SILENCE_MS);
      w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
        if (!ready) {
          ready = running = true;
          clearTimeout(timer);
          resolve(true);
        }
        answered(event.data);
      };
      w.onerror = (event) => {
        event.preventDefault();
        if (!ready) {
          clearTimeout(timer);
          resolve(false);
          return;
        }
        failAll('Soi: the analysis worker failed');
        watch();
      };
    });
  };

  /** The ways to start the worker, in order. */
  const attempts = (): (() => Promise<Worker>)[] => {
    if (options.sameOrigin) return [async () => new Worker(scriptUrl)];
    const notesUrl = new URL(NOTES_SCRIPT, scriptUrl).href;
    return [
      // The worker loads the scripts itself: none of them passes through the page's thread.
      async () => blobWorker(`var soiNotesUrl = ${JSON.stringify(notesUrl)};\nimportScripts(${JSON.stringify(scriptUrl)});`),
      // Where the worker cannot import them, it gets both at once: the notes script first, so it needs no import.
      async () => {
        const [notes, first] = await Promise.all([notesUrl, scriptUrl].map(async (url) => (await fetch(url)).text()));
        return blobWorker(`${notes}\n;\n${first}`);
      },
    ];
  };

  const start = () =>
    (starting ??= (async () => {
      for (const make of attempts()) {
        let w: Worker;
        try {
          w = await make();
        } catch {
          continue;
        }
        if (disposed) return w.terminate();
        if (await tryWorker(w)) return;
        w.terminate();
        current = undefined;
        if (disposed) return;
      }
      gone = true;
      failAll('Soi: the analysis worker did not start');
    })());

  /**
   * Sends a request; `collect` takes each part of the answer as it arrives, each in its own task.
   * Returns the request's id at once, and `answered` once the last part is in.
   */
  const ask = (request: WithoutId<WorkerRequest>, collect: (part: unknown) => void, signal?: AbortSignal): { id: number; answered: Promise<void> } => {
    if (gone || disposed) return { id: 0, answered: Promise.reject(new Error('no worker')) };
    void start();
    const id = nextId++;
    const answered = new Promise<void>((resolve, reject) => {
      const sent = { ...request, id } as WorkerRequest;
      waiting.set(id, { request: sent, part: collect, done: resolve, fail: reject });
      signal?.addEventListener('abort', () => {
        waiting.delete(id);
        watch();
        reject(new Cancelled());
      });
      // Still starting (no worker yet, or a replacement coming): it is sent when the worker exists.
      current?.postMessage(sent);
      watch();
    });
    return { id, answered };
  };

  const orInPage = async <T>(viaWorker: () => Promise<T>, viaPage: (analysis: Analysis) => Promise<T>): Promise<T> => {
    try {
      return await viaWorker();
    } catch (error) {
      if (error instanceof Cancelled) throw error;
      return viaPage(await (inPage ??= fallback()));
    }
  };

  if (!options.onDemand) void start();

  return {
    extract(text, signal) {
      return orInPage(
        async () => {
          // Once the worker has answered it is compiled and quicker than a message to the background and back.
          let quickFits = options.quickExtract !== undefined && !workerWarm && text.length > 0 && text.length <= BACKGROUND_TEXT_MAX;
          if (quickFits && options.onDemand && !starting) {
            // No worker yet: the background alone answers a short text, and the worker starts for the notes.
            const value = await options.quickExtract?.(text);
            if (signal?.aborted) throw new Cancelled();
            if (value) {
              madeElsewhere.add(value);
              return value;
            }
            quickFits = false;
          }
          const found: Extraction = { figures: [], references: [], backrefs: [] };
          let settled = false;
          const { id, answered } = ask(
            { type: 'extract', text },
            (part) => {
              // The background answered first: the worker's copy is only kept for the notes, in the worker.
              if (settled) return;
              const p = part as Extraction;
              for (const figure of p.figures) found.figures.push(figure);
              for (const reference of p.references) found.references.push(reference);
              for (const backref of p.backrefs) found.backrefs.push(backref);
            },
            signal,
          );
          const fromWorker = answered.then(() => {
            workerWarm = true;
            return found;
          });
          const quick = quickFits ? options.quickExtract?.(text) : undefined;
          let first: Extraction;
          if (!quick) first = await fromWorker;
          else {
            // Whichever answers first; the same code on the same text finds the same items.
            const fromQuick = quick.then((value) => value ?? Promise.reject(new Error('no quick answer')));
            try {
              first = await Promise.any([fromWorker, fromQuick]);
            } catch {
              if (signal?.aborted) throw new Cancelled();
              first = await fromWorker;
            }
          }
          settled = true;
          // The worker made (or is making) the same extraction under this id: its notes are asked for by it.
          madeBy.set(first, id);
          return first;
        },
        (analysis) => analysis.extract(text, signal),
      );
    },
    async note(text, found, page, signal) {
      const extractId = madeBy.get(found);
      const viaPage = (analysis: Analysis) => analysis.note(text, found, page, signal);
      // An extraction the page's thread made is noted there too.
      if (extractId === undefined && !madeElsewhere.has(found)) return viaPage(await (inPage ??= fallback()));
      return orInPage(async () => {
        const notes: FigureNote[] = [];
        await ask(
          extractId === undefined ? { type: 'note', text, page } : { type: 'note', extractId, page },
          (part) => {
            for (const note of part as FigureNote[]) notes.push(note);
          },
          signal,
        ).answered;
        workerWarm = true;
        return notes;
      }, viaPage);
    },
    start() {
      if (!gone && !disposed) void start();
    },
    dispose() {
      disposed = true;
      clearTimeout(watchdog);
      current?.terminate();
      current = undefined;
    },
  };
}
