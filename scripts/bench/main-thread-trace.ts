/**
 * A Chromium trace of one page's main thread, for the benchmarks: each task's wall time and the
 * main thread's own CPU time in it (`tdur`). On a loaded machine a task's wall time counts the
 * moments the thread waited for a core; its CPU time does not, so it says what the page itself cost.
 *
 *   const trace = await startTrace(page);   // before the page is opened
 *   …
 *   const tasks = await trace.stop();        // the page's main-thread tasks over 50 ms, by CPU or wall
 *
 * SOI_TRACE_FILE=trace.json keeps the whole trace, for Chromium's performance panel.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

const LONG_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  cat?: string;
  id?: string;
  id2?: { local?: string };
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { processId?: number; url?: string } };
}

export interface TracedTask {
  /** Start, in ms from the first event of the trace. */
  at: number;
  wallMs: number;
  cpuMs: number;
  /** The biggest steps inside, by their own CPU time: `Paint 40 ms`. */
  inside: string[];
  /** The `soi:` measures (`performance.measure`) it fell in, or `between steps`. */
  step: string;
}

export interface MainThreadTrace {
  /** Ends the trace; the tasks of the main thread of the page whose address contains `urlPart`, over 50 ms by wall or CPU time. */
  stop(urlPart: string): Promise<TracedTask[]>;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'cc',
  'gpu',
  'v8.execute',
  'blink.user_timing',
  '__metadata',
];

export async function startTrace(page: Page): Promise<MainThreadTrace> {
  const session = await page.context().newCDPSession(page);
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, enableSampling: false },
  });
  return {
    async stop(urlPart) {
      const complete = new Promise<string>((resolve) => session.once('Tracing.tracingComplete', (event) => resolve(event.stream!)));
      await session.send('Tracing.end');
      const stream = await complete;
      let json = '';
      for (;;) {
        const chunk = await session.send('IO.read', { handle: stream, size: 1 << 20 });
        json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
        if (chunk.eof) break;
      }
      await session.send('IO.close', { handle: stream });
      await session.detach();
      if (process.env.SOI_TRACE_FILE) await writeFile(process.env.SOI_TRACE_FILE, json);
      const parsed = JSON.parse(json) as TraceEvent[] | { traceEvents: TraceEvent[] };
      return longTasks(Array.isArray(parsed) ? parsed : parsed.traceEvents, urlPart);
    },
  };
}

/** The renderer process showing `urlPart`: where the browser committed it, or where the page loaded it. */
function processOf(events: readonly TraceEvent[], urlPart: string): number | undefined {
  for (const event of events) {
    const data = event.args?.data;
    if (!data?.url?.includes(urlPart)) continue;
    if (event.name === 'FrameCommittedInBrowser' && data.processId) return data.processId;
    if (event.name === 'CommitLoad') return event.pid;
  }
  return undefined;
}

export function longTasks(events: readonly TraceEvent[], urlPart: string): TracedTask[] {
  const pid = processOf(events, urlPart);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error(`No main thread found in the trace for a page at …${urlPart}…`);
  const origin = events.reduce((first, e) => (e.ts > 0 && e.ts < first ? e.ts : first), Infinity);
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const steps = measures(events, main.pid);
  const stepAt = (ts: number) =>
    steps
      .filter((step) => step.start <= ts && ts < step.end)
      .map((step) => step.name)
      .join(', ') || 'between steps';
  const tasks: TracedTask[] = [];
  for (let i = 0; i < own.length; i++) {
    const task = own[i]!;
    if (task.name !== 'RunTask' && task.name !== 'ThreadControllerImpl::RunTask') continue;
    const end = task.ts + task.dur!;
    const wallMs = task.dur! / 1000;
    const cpuMs = (task.tdur ?? task.dur!) / 1000;
    if (wallMs <= LONG_MS && cpuMs <= LONG_MS) continue;
    // The task's steps, each counted by its own CPU time (what its children did not take).
    const selfTime = new Map<string, number>();
    const stack: { event: TraceEvent; end: number; child: number }[] = [];
    const cpu = (event: TraceEvent) => event.tdur ?? event.dur!;
    const close = (upTo: number) => {
      while (stack.length && stack[stack.length - 1]!.end <= upTo) {
        const done = stack.pop()!;
        selfTime.set(done.event.name, (selfTime.get(done.event.name) ?? 0) + cpu(done.event) - done.child);
        if (stack.length) stack[stack.length - 1]!.child += cpu(done.event);
      }
    };
    let j = i + 1;
    for (; j < own.length && own[j]!.ts < end; j++) {
      const event = own[j]!;
      close(event.ts);
      stack.push({ event, end: event.ts + event.dur!, child: 0 });
    }
    close(Infinity);
    const inside = [...selfTime]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .filter(([, us]) => us >= 2_000)
      .map(([name, us]) => `${name.replace(/^Blink\./, '')} ${Math.round(us / 1000)} ms`);
    tasks.push({ at: (task.ts - origin) / 1000, wallMs, cpuMs, inside, step: stepAt(task.ts) });
    // The steps of this task are not tasks of their own.
    i = j - 1;
  }
  return tasks;
}

/** Soi's `performance.measure` entries in the page's process, as trace times. */
function measures(events: readonly TraceEvent[], pid: number): { name: string; start: number; end: number }[] {
  const open = new Map<string, number>();
  const found: { name: string; start: number; end: number }[] = [];
  for (const event of events) {
    if (event.pid !== pid || event.cat !== 'blink.user_timing' || !event.name.startsWith('soi:')) continue;
    const key = `${event.name}#${event.id ?? event.id2?.local ?? ''}`;
    if (event.ph === 'b') open.set(key, event.ts);
    else if (event.ph === 'e' && open.has(key)) {
      found.push({ name: event.name, start: open.get(key)!, end: event.ts });
      open.delete(key);
    }
  }
  return found;
}
