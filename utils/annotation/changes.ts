/**
 * Follows a page that changes under the reader: collects the subtrees whose text changed and
 * hands them over in batches, after the page has been quiet for a moment (or, for a page that
 * never stops changing, at a bounded rate that slows further the longer the page keeps churning).
 * Soi's own UI and mark wrappers never count as a change.
 */
import { SOI_UI_ATTRIBUTE } from './page-text';

/** Block elements: a change inside one is re-read as the whole block, so a figure split across inline elements is seen whole. */
const BLOCK_SELECTOR =
  'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,figcaption,caption,pre,article,section,div,main,aside,header,footer,nav,table,ul,ol,dl,body';

/** More separate roots than this in one batch and the page is simply read again whole. */
const MAX_ROOTS = 200;

export interface ChangeOptions {
  /** Quiet time before a batch is handed over. */
  quietMs?: number;
  /** Longest wait for a page that keeps changing; doubles while it keeps changing, up to `maxWaitMs * 8`. */
  maxWaitMs?: number;
}

function isOurs(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return false;
  return element.closest(`[${SOI_UI_ATTRIBUTE}],mark[data-soi-mark]`) !== null;
}

function blockOf(node: Node): Element | null {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(BLOCK_SELECTOR) ?? element ?? null;
}

/** The subtrees to read again for a batch of mutation records; `[doc.body]` when that is simpler. */
export function changedRoots(records: readonly MutationRecord[], doc: Document): Node[] {
  const roots = new Set<Node>();
  for (const record of records) {
    if (isOurs(record.target)) continue;
    if (record.type === 'characterData') {
      const block = blockOf(record.target);
      if (block) roots.add(block);
      continue;
    }
    const added = [...record.addedNodes].filter((node) => !isOurs(node) && (node.nodeType === 1 || node.nodeType === 3));
    const removed = [...record.removedNodes].filter((node) => !isOurs(node));
    if (added.length === 0 && removed.length === 0) continue;
    // New blocks (an infinite-scroll page appending articles) are read on their own; anything
    // else is read with the block around it.
    const blocks = added.filter((node): node is Element => node.nodeType === 1 && (node as Element).matches(BLOCK_SELECTOR));
    if (blocks.length === added.length && removed.length === 0) blocks.forEach((node) => roots.add(node));
    else {
      const block = blockOf(record.target);
      if (block) roots.add(block);
    }
  }
  const connected = [...roots].filter((root) => root.isConnected);
  if (connected.length === 0) return [];
  const body = doc.body ?? doc.documentElement;
  if (connected.length > MAX_ROOTS || connected.some((root) => root.contains(body))) return [body];
  // Keep only the outermost: reading a block reads everything inside it.
  return connected.filter((root) => !connected.some((other) => other !== root && other.contains(root)));
}

export interface ChangeWatcher {
  /** Drops the records Soi's own synchronous DOM work just caused (the `<mark>` fallback). */
  forgetPending(): void;
  stop(): void;
}

export function watchChanges(doc: Document, onChange: (roots: Node[]) => void, options: ChangeOptions = {}): ChangeWatcher {
  const quiet = options.quietMs ?? 250;
  const baseWait = options.maxWaitMs ?? 1_000;
  let maxWait = baseWait;
  let pending: MutationRecord[] = [];
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  let lastFlush = 0;

  const flush = () => {
    clearTimeout(quietTimer);
    clearTimeout(waitTimer);
    quietTimer = waitTimer = undefined;
    const records = pending;
    pending = [];
    const now = performance.now();
    // A page still changing right after the last batch is churning: wait longer each time.
    maxWait = now - lastFlush < maxWait * 1.5 ? Math.min(maxWait * 2, baseWait * 8) : baseWait;
    lastFlush = now;
    const roots = changedRoots(records, doc);
    if (roots.length) onChange(roots);
  };

  const observer = new MutationObserver((records) => {
    // A loop, not push(...records): one task can make more records than a call takes arguments.
    for (const record of records) pending.push(record);
    // Bounded memory for a page that rewrites itself faster than batches go out.
    if (pending.length > 5_000) pending = pending.slice(-5_000);
    clearTimeout(quietTimer);
    quietTimer = setTimeout(flush, quiet);
    waitTimer ??= setTimeout(flush, maxWait);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  return {
    forgetPending() {
      observer.takeRecords();
    },
    stop() {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(waitTimer);
      pending = [];
    },
  };
}
