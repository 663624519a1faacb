/**
 * The grid of a page's `<table>`s as the page reader walks them: each cell's place in the page text,
 * its row and column once merged cells (rowspan, colspan) are laid out, and whether it is a header.
 * Flattened to text, a table loses which head stands over which figure; the grid keeps it.
 */
import type { PageTable, TableCell } from '../attribution/types';

// A span larger than this lays out no differently on a real page and would only cost time.
const MAX_SPAN = 100;

interface OpenTable {
  cells: TableCell[];
  row: number;
  col: number;
  inHead: boolean;
  /** Grid positions already filled by a cell from a row above (`row,col`). */
  taken: Set<string>;
}

function span(element: Element, name: string): number {
  const n = Number.parseInt(element.getAttribute(name) ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

export class TableGrid {
  private readonly done: PageTable[] = [];
  private readonly open: OpenTable[] = [];
  private readonly pending = new Map<Element, TableCell>();

  /** Notes a table, head, row or cell opening at text offset `at`; whether the element is one. */
  enter(element: Element, at: number): boolean {
    const top = this.open[this.open.length - 1];
    switch (element.tagName) {
      case 'TABLE':
        this.open.push({ cells: [], row: -1, col: 0, inHead: false, taken: new Set() });
        return true;
      case 'THEAD':
        if (top) top.inHead = true;
        return top !== undefined;
      case 'TR':
        if (!top) return false;
        top.row++;
        top.col = 0;
        return true;
      case 'TD':
      case 'TH': {
        if (!top) return false;
        if (top.row < 0) top.row = 0;
        let col = top.col;
        while (top.taken.has(`${top.row},${col}`)) col++;
        const rowSpan = span(element, 'rowspan');
        const colSpan = span(element, 'colspan');
        for (let r = 0; r < rowSpan; r++) for (let c = 0; c < colSpan; c++) top.taken.add(`${top.row + r},${col + c}`);
        top.col = col + colSpan;
        this.pending.set(element, { start: at, end: at, row: top.row, col, rowSpan, colSpan, header: element.tagName === 'TH' || top.inHead });
        return true;
      }
      default:
        return false;
    }
  }

  /** Notes the element closing at text offset `at`. */
  leave(element: Element, at: number): void {
    const top = this.open[this.open.length - 1];
    if (!top) return;
    if (element.tagName === 'TABLE') {
      this.open.pop();
      if (top.cells.length > 0) this.done.push({ cells: top.cells });
    } else if (element.tagName === 'THEAD') {
      top.inHead = false;
    } else {
      const cell = this.pending.get(element);
      if (!cell) return;
      this.pending.delete(element);
      top.cells.push({ ...cell, end: at });
    }
  }

  /** The tables read, every offset within a text of `length` characters (its trimmed tail dropped). */
  tables(length: number): PageTable[] {
    return this.done.map((t) => ({
      cells: t.cells.map((c) => ({ ...c, start: Math.min(c.start, length), end: Math.min(c.end, length) })),
    }));
  }
}
