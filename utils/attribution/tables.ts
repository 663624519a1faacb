/**
 * Statistics tables flattened to text: a figure in a cell is measured by what its column head or its
 * row label names, not by the sentence around it (a table row is no sentence).
 * A table is a run of at least two lines of cells split by tabs or by two or more spaces; its first line
 * is the header row. Tables copied from a web page also come as a header row and then one cell per line:
 * whole rows of short lines, each row a label and then cells holding figures.
 */
import { spanIndexAt, type Span } from '../extraction/text/span';

const CELL_GAP = /\t+| {2,}/g;
// A line longer than this, or ending a sentence, is prose, not a cell.
const CELL_MAX = 80;

interface Cell extends Span {
  text: string;
}

export interface TableCellContext {
  /** The figure's own cell. */
  cell: string;
  /** The header row's cell above it, when the header row lines up with the figure's row. */
  columnHead?: string;
  /** The first cell of the figure's row, when the figure stands in a later one. */
  rowLabel?: string;
}

/** The cells of a line (offsets in the page), or nothing when the line holds fewer than two. */
function cellsOf(text: string, line: Span): Cell[] {
  const cells: Cell[] = [];
  const body = text.slice(line.start, line.end);
  let from = 0;
  const push = (to: number): void => {
    const raw = body.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const cell = raw.trim();
    if (cell) cells.push({ start: line.start + from + lead, end: line.start + from + lead + cell.length, text: cell });
  };
  for (const gap of body.matchAll(CELL_GAP)) {
    push(gap.index);
    from = gap.index + gap[0].length;
  }
  push(body.length);
  return cells.length >= 2 ? cells : [];
}

const isCellLine = (s: string): boolean => s !== '' && s.length <= CELL_MAX && !/[.!?:;]$/.test(s);

/** The tables of a page, read once: lines, their cells, and for each line the header row it falls under. */
export class Tables {
  private readonly lines: Span[] = [];
  private readonly cells: Cell[][] = [];
  private readonly trimmed: string[] = [];
  /** For a line of cells, the first line of its run (the header row). */
  private readonly headerOf: number[] = [];
  /** For a single-cell line, the first and last line of its run of single-cell lines. */
  private readonly runFrom: number[] = [];
  private readonly runTo: number[] = [];

  constructor(private readonly text: string) {
    for (let start = 0; start <= text.length;) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      this.lines.push({ start, end });
      start = end + 1;
    }
    this.lines.forEach((line, i) => {
      this.cells.push(cellsOf(text, line));
      this.trimmed.push(text.slice(line.start, line.end).trim());
      const prev = i - 1;
      this.headerOf.push(prev >= 0 && this.cells[prev]?.length ? (this.headerOf[prev] ?? prev) : i);
      const single = this.isSingle(i);
      this.runFrom.push(single && prev >= 0 && this.isSingle(prev) ? (this.runFrom[prev] ?? prev) : i);
    });
    for (let i = this.lines.length - 1; i >= 0; i--) {
      this.runTo[i] = this.isSingle(i) && this.isSingle(i + 1) ? (this.runTo[i + 1] ?? i + 1) : i;
    }
  }

  private isSingle(i: number): boolean {
    return i < this.lines.length && this.cells[i]?.length === 0 && isCellLine(this.trimmed[i] ?? '');
  }

  private readonly runHoldsFigures = new Map<number, boolean>();

  private holdsFigures(from: number, to: number, width: number): boolean {
    let ok = this.runHoldsFigures.get(from);
    if (ok === undefined) {
      ok = true;
      for (let i = from; i <= to && ok; i++) ok = (i - from) % width === 0 || /\d/.test(this.trimmed[i] ?? '');
      this.runHoldsFigures.set(from, ok);
    }
    return ok;
  }

  private lineAt(at: number): number {
    return Math.max(0, spanIndexAt(this.lines, at));
  }

  /** Where a figure at `start` stands in a table, or nothing when its line is not a row of one. */
  cellAt(start: number): TableCellContext | undefined {
    const li = this.lineAt(start);
    const cells = this.cells[li] ?? [];
    if (cells.length === 0) return this.cellPerLineAt(li);
    const col = cells.findIndex((c) => start >= c.start && start < c.end);
    const cell = cells[col];
    const hi = this.headerOf[li] ?? li;
    if (!cell || hi === li) return undefined;
    const header = this.cells[hi] ?? [];
    // A header without a head over the row labels is one cell short (`\tPCI\tDTI` read as `PCI  DTI`).
    const shift = header.length === cells.length ? 0 : header.length === cells.length - 1 ? 1 : undefined;
    const columnHead = shift === undefined ? undefined : header[col - shift]?.text;
    const rowLabel = col > 0 ? cells[0]?.text : undefined;
    return { cell: cell.text, columnHead, rowLabel };
  }

  /** A figure on a line of its own, under a header row whose cells the following lines fill one per line. */
  private cellPerLineAt(li: number): TableCellContext | undefined {
    if (!this.isSingle(li)) return undefined;
    const from = this.runFrom[li] ?? li;
    const to = this.runTo[li] ?? li;
    const header = this.cells[from - 1] ?? [];
    const width = header.length;
    // Whole rows only, each a label followed by cells that hold figures: otherwise it is not such a table.
    if (width < 2 || (to - from + 1) % width !== 0 || !this.holdsFigures(from, to, width)) return undefined;
    const col = (li - from) % width;
    if (col === 0) return undefined;
    return { cell: this.trimmed[li] ?? '', columnHead: header[col]?.text, rowLabel: this.trimmed[li - col] };
  }
}

/** Where a figure at `start` stands in a table of `text` (reads the whole text: for one figure only). */
export function tableCellAt(text: string, start: number): TableCellContext | undefined {
  return new Tables(text).cellAt(start);
}
