/**
 * Statistics tables as the page reader kept them (`PageTable`: cells with their row and column):
 * a figure in a cell takes what the heads above its column and the labels left of it in its row say.
 * Merged cells count for every row and column they cover (`9 tháng năm 2025` over two columns).
 */
import { spanIndexAt, type Span } from '../extraction/text/span';
import type { PageTable, TableCell } from './types';

/** A figure's cell and what stands over and beside it, nearest first. */
export interface GridContext {
  cell: string;
  /** Heads over the figure's column, the lowest (most specific) first. */
  columnHeads: string[];
  /** Labels left of the figure in its row, the nearest first. */
  rowLabels: string[];
}

// A cell of nothing but a number is a figure, never a label.
const BARE_NUMBER = /^[\s\d.,%/+-]*$/;

interface Indexed extends TableCell {
  table: number;
}

export class Grids {
  /** Every cell of every table, sorted by where its text starts. */
  private readonly cells: Indexed[];

  constructor(
    private readonly text: string,
    private readonly tables: readonly PageTable[],
  ) {
    this.cells = tables.flatMap((t, table) => t.cells.map((c) => ({ ...c, table }))).sort((a, b) => a.start - b.start);
  }

  private textOf(cell: Span): string {
    return this.text.slice(cell.start, cell.end).trim();
  }

  /** The innermost cell holding a position. */
  private cellAt(at: number): Indexed | undefined {
    // Cells are sorted by start: `lo` is the first that starts after `at`.
    const lo = spanIndexAt(this.cells, at) + 1;
    let best: Indexed | undefined;
    // Cells that start before `at` and still reach it: an enclosing cell (a nested table) starts earlier and is longer.
    for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) {
      const c = this.cells[i];
      if (c && c.start <= at && at < c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
    }
    return best;
  }

  /** Where a figure at `at` stands in a table, or nothing when it is in none (or in a head). */
  contextAt(at: number): GridContext | undefined {
    const cell = this.cellAt(at);
    const table = cell ? this.tables[cell.table] : undefined;
    if (!cell || !table || cell.header) return undefined;
    const covers = (c: TableCell, lo: number, n: number): boolean => c.col < lo + n && c.col + c.colSpan > lo;
    const spansRow = (c: TableCell): boolean => c.row < cell.row + cell.rowSpan && c.row + c.rowSpan > cell.row;
    const anyHeader = table.cells.some((c) => c.header);
    // Without `<th>` or `<thead>`, the first row is the header row.
    const isHead = (c: TableCell): boolean => (anyHeader ? c.header : c.row === 0);
    const columnHeads = table.cells
      .filter((c) => c !== cell && isHead(c) && c.row < cell.row && covers(c, cell.col, cell.colSpan))
      .sort((a, b) => b.row - a.row)
      .map((c) => this.textOf(c))
      .filter((t) => t && !BARE_NUMBER.test(t));
    const rowLabels = table.cells
      .filter((c) => c !== cell && c.col < cell.col && spansRow(c))
      .sort((a, b) => b.col - a.col)
      .map((c) => this.textOf(c))
      .filter((t) => t && !BARE_NUMBER.test(t));
    return { cell: this.textOf(cell), columnHeads, rowLabels };
  }
}

/**
 * The tables of a part of the page (`from`–`to`), with offsets made relative to that part, for code
 * that attributes a page a slice at a time.
 */
export function tablesWithin(tables: readonly PageTable[], from: number, to: number): PageTable[] {
  return tables
    .map((t) => ({ cells: t.cells.filter((c) => c.start >= from && c.end <= to).map((c) => ({ ...c, start: c.start - from, end: c.end - from })) }))
    .filter((t) => t.cells.length > 0);
}
