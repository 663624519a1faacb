/** One notice at a time at the foot of the side panel: what happened, or what went wrong. */
export interface Notice {
  tone: 'info' | 'error';
  lines: string[];
  action?: { label: string; run: () => void };
  /** Milliseconds before the notice goes by itself (an undo offer does; errors stay). */
  timeout?: number;
}

export type Say = (notice: Notice | undefined) => void;
