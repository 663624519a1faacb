/**
 * Faults at the IndexedDB layer, under Dexie: every write request (add, put, delete, clear) of
 * every object store is counted, and the n-th can be made to fail the way a browser fails it.
 * Run an operation once with `countWrites` to learn how many steps it has, then fail each in turn.
 */
import { vi } from 'vitest';

const WRITES = ['add', 'put', 'delete', 'clear'] as const;

export type Fault =
  /** The disk is full: the request throws QuotaExceededError. */
  | 'quota'
  /** The page goes away: the browser aborts the transaction, and no code of the page runs further. */
  | 'pageClosed';

let seen = 0;

/** Starts counting (and, with `fault`, failing the `at`-th) write request; returns how many were seen. */
export function injectWrites(fault?: { kind: Fault; at: number }): { count(): number; stop(): void } {
  seen = 0;
  const spies = WRITES.map((method) => {
    const original = IDBObjectStore.prototype[method] as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
    return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      seen++;
      if (fault && seen === fault.at) {
        if (fault.kind === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        this.transaction.abort();
        throw new DOMException('The page was closed.', 'AbortError');
      }
      return original.apply(this, args);
    } as never);
  });
  return {
    count: () => seen,
    stop: () => spies.forEach((spy) => spy.mockRestore()),
  };
}

/** How many write requests `operation` makes when nothing fails. */
export async function countWrites(operation: () => Promise<unknown>): Promise<number> {
  const counter = injectWrites();
  try {
    await operation();
    return counter.count();
  } finally {
    counter.stop();
  }
}
