/**
 * Statistics tables flattened to text: a figure in a cell is measured by what its column head or its
 * row label names, not by the sentence around it (a table row is no sentence).
 * A table is a run of at least two lines of cells split by tabs or by two or more spaces; its first line
 * is the header row.
 */
import type { Span } from './text';

const CELL_GAP = /\t+| {2,}/g;

interface Cell extends Span {
  text: string;
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

function lineAround(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

function lineBefore(text: string, line: Span): Span | undefined {
  return line.start === 0 ? undefined : lineAround(text, line.start - 1);
}

export interface TableCellContext {
  /** The figure's own cell. */
  cell: string;
  /** The header row's cell above it, when the header row lines up with the figure's row. */
  columnHead?: string;
  /** The first cell of the figure's row, when the figure stands in a later one. */
  rowLabel?: string;
}

/** Where a figure at `start` stands in a table, or nothing when its line is not a row of one. */
export function tableCellAt(text: string, start: number): TableCellContext | undefined {
  const line = lineAround(text, start);
  const cells = cellsOf(text, line);
  const col = cells.findIndex((c) => start >= c.start && start < c.end);
  const cell = cells[col];
  if (!cell) return undefined;
  // Walk up to the first line of the run of cell lines: that is the header row.
  let header: Cell[] | undefined;
  for (let above = lineBefore(text, line); above; above = lineBefore(text, above)) {
    const aboveCells = cellsOf(text, above);
    if (aboveCells.length === 0) break;
    header = aboveCells;
  }
  if (!header) return undefined;
  // A header without a head over the row labels is one cell short (`\tPCI\tDTI` read as `PCI  DTI`).
  const shift = header.length === cells.length ? 0 : header.length === cells.length - 1 ? 1 : undefined;
  const columnHead = shift === undefined ? undefined : header[col - shift]?.text;
  const rowLabel = col > 0 ? cells[0]?.text : undefined;
  return { cell: cell.text, columnHead, rowLabel };
}
