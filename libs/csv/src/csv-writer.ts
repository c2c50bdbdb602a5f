/**
 * The one way Chorus writes CSV. Cells are quoted per RFC 4180 and text that a spreadsheet
 * would run as a formula is neutralised with a leading single quote (OWASP's advice against
 * CSV injection), so a name typed as `=HYPERLINK(…)` stays text when an admin opens the file.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** First characters that make Excel, LibreOffice Calc or Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that RFC 4180 allows only inside a quoted field. */
const NEEDS_QUOTES = /[",\r\n]/;

/** Lines end in CRLF, as RFC 4180 asks and spreadsheets expect. */
export const CSV_LINE_END = '\r\n';

/** Spreadsheets read a file as UTF-8 only when it starts with a byte-order mark. */
export const CSV_BOM = '\uFEFF';

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Only text is neutralised: a number such as -5 is a value, not something the user typed.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + CSV_LINE_END;
}

/**
 * A whole document as a stream of text chunks: the byte-order mark (unless `bom` is false) and
 * header first, then one chunk per page of rows, so a large export never sits in memory at once.
 */
export async function* csvDocument(
  header: readonly string[],
  pages: AsyncIterable<readonly (readonly CsvValue[])[]> | Iterable<readonly (readonly CsvValue[])[]>,
  { bom = true }: { bom?: boolean } = {},
): AsyncGenerator<string> {
  yield (bom ? CSV_BOM : '') + csvRow(header);
  for await (const rows of pages) {
    if (rows.length > 0) yield rows.map(csvRow).join('');
  }
}
