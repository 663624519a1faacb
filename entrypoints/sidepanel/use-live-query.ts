/**
 * Dexie's `liveQuery` as a Preact hook: the view re-renders when the data it read changes, in this
 * page or any other part of Soi (the background saving a clip). dexie-react-hooks would need React
 * aliased to preact/compat for the whole build; this is the dozen lines it amounts to.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface Live<T> {
  value: T | undefined;
  error: unknown;
}

/** `query` is handed a signal aborted when the view no longer wants its answer, so a long read can stop early. */
export function useLiveQuery<T>(query: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    const stop = new AbortController();
    const subscription = liveQuery(() => query(stop.signal)).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((previous) => ({ ...previous, error })),
    });
    return () => {
      stop.abort();
      subscription.unsubscribe();
    };
    // The query closes over `deps`; it is re-subscribed exactly when they change.
  }, deps);
  return state;
}
