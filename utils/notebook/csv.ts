/**
 * CSV as Excel and official tables use it. PURE.
 * Written: UTF-8 with a byte-order mark (so Excel shows Vietnamese intact), comma-separated, CRLF,
 * quoted where needed; text that Excel would run as a formula is defused.
 * Read: RFC 4180 quoting; the separator (comma, semicolon as Vietnamese-locale Excel saves, or tab)
 * is taken from the header line.
 */

const BOM = '\uFEFF';

export type CsvCell = string | number | undefined;

/** Text starting like a formula (`=`, `+`, `-`, `@`) would be run by a spreadsheet: a page could plant one. */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : defuse(value);
  return /[",\r\n;]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvRow {
  /** 1-based line number of the row's start in the file, as an editor shows it. */
  line: number;
  cells: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    readonly problem: 'unclosedQuote' | 'tooManyRows',
  ) {
    super(`line ${line}: ${problem}`);
  }
}

/** The separator the header line uses most: comma, semicolon or tab. */
function separatorOf(header: string): string {
  let best = ',';
  let most = 0;
  for (const sep of [',', ';', '\t']) {
    const count = header.split(sep).length - 1;
    if (count > most) [best, most] = [sep, count];
  }
  return best;
}

/**
 * Rows of a CSV file; blank lines are skipped. Throws CsvError on a quote that never closes, and
 * as soon as there are more than `maxRows` rows, before a hostile file fills the memory.
 */
export function parseCsv(input: string, maxRows = Infinity): CsvRow[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = separatorOf(firstLine);
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const rowLine = line;
    const cells: string[] = [];
    let field = '';
    let quoted = false;
    for (;;) {
      if (i >= text.length) {
        if (quoted) throw new CsvError(rowLine, 'unclosedQuote');
        cells.push(field);
        break;
      }
      const ch = text[i] as string;
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
      } else if (ch === '"' && field.trim() === '') {
        quoted = true;
        field = '';
        i++;
      } else if (ch === sep) {
        cells.push(field);
        field = '';
        i++;
      } else if (ch === '\r' || ch === '\n') {
        cells.push(field);
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      } else {
        field += ch;
        i++;
      }
    }
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    if (rows.length > maxRows) throw new CsvError(rowLine, 'tooManyRows');
  }
  return rows;
}
