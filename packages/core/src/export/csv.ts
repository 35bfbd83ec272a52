/**
 * CSV as RFC 4180 describes it (comma separated, CRLF line ends, fields with a comma, quote
 * or line break wrapped in double quotes, quotes doubled), made safe to open in a
 * spreadsheet: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a leading apostrophe, so the spreadsheet shows it as text and never runs it as a
 * formula. Numbers are written as numbers.
 */

/** A value one cell can hold. Empty for `undefined` and `null`. */
export type CsvCell = string | number | boolean | null | undefined;

/** A table: a header row, then data rows of the same width. */
export interface CsvTable {
  /** Column names, in order. */
  readonly header: readonly string[];
  /** Data rows, each as wide as the header. */
  readonly rows: readonly (readonly CsvCell[])[];
}

/** Starts of text that a spreadsheet would read as a formula (after any apostrophes we added). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Makes a text cell safe for spreadsheets (see the module note). Reversed by {@link restoreCell}. */
export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes {@link neutralizeCell}: the text as it was before export. */
export function restoreCell(text: string): string {
  return FORMULA_START.test(text) && text.startsWith("'") ? text.slice(1) : text;
}

function encodeCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = neutralizeCell(cell);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes a table as CSV text, ending every line with CRLF. */
export function toCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(encodeCell).join(','));
  return lines.map((line) => `${line}\r\n`).join('');
}

/**
 * Reads CSV text back into rows of text cells, undoing the spreadsheet protection when
 * `restore` is true (the default). Accepts LF or CRLF line ends.
 */
export function parseCsv(text: string, restore = true): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(restore ? restoreCell(cell) : cell);
    cell = '';
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      i += 1;
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === ',') endCell();
    else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      endCell();
      rows.push(row);
      row = [];
      i += char === '\r' ? 2 : 1;
      continue;
    } else cell += char;
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Pretty JSON for export files: two-space indent and a final line break. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
