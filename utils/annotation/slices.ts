/**
 * Time slicing: long work is cut into slices that end before a frame is due, so the page never
 * sees a main-thread task longer than a few milliseconds from Soi.
 */

/** How long one slice may run. Well under the 50 ms that counts as a long task, with room for the browser. */
export const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the main thread back to the page: `scheduler.yield()` where it exists, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A function that says when the current slice is used up. */
export function sliceDeadline(budgetMs = SLICE_MS): () => boolean {
  const end = performance.now() + budgetMs;
  return () => performance.now() >= end;
}

/** Thrown when a pass is no longer wanted (the page navigated, the reader turned Soi off). */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * Runs `step` slice after slice until it reports done; stops with `Cancelled` once `signal` aborts.
 * The first slice starts in a task of its own too: whatever ran before (the last slice of the step
 * before) has already had its budget.
 */
export async function runInSlices(step: (shouldYield: () => boolean) => boolean, signal?: AbortSignal): Promise<void> {
  for (;;) {
    await yieldToPage();
    if (signal?.aborted) throw new Cancelled();
    if (step(sliceDeadline())) return;
  }
}
