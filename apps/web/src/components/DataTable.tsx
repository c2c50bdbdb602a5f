import type { HTMLAttributes, ReactNode } from 'react';

export interface Column<Row> {
  /** The column's heading, also the label of the value on a narrow screen's card. */
  header: string;
  /** Read by assistive technology but not shown, e.g. over a column of buttons. */
  hideHeader?: boolean;
  /** The cell names the row (`<th scope="row">`); on a card it is the title, without a label. */
  rowHeader?: boolean;
  numeric?: boolean;
  /** Classes of the heading and of every cell in the column. */
  className?: string;
  cell: (row: Row, index: number) => ReactNode;
}

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [attribute: `data-${string}`]: string | number | boolean | undefined };

interface DataTableProps<Row> {
  /** What the table lists; read by assistive technology, and shown when `showCaption`. */
  caption: string;
  showCaption?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** Attributes of a row's `<tr>`, e.g. `data-testid`. */
  rowProps?: (row: Row, index: number) => RowAttributes;
  /** Off for a few short columns that fit a phone as a table. */
  stackOnNarrow?: boolean;
  testId?: string;
}

/**
 * A table on wide screens; on narrow ones (≤ 640 px) each row becomes a card of values, each
 * labelled with its column's name, so no column (and no button) is pushed off a phone's
 * screen. Changing `display` makes some browsers drop a table's semantics; the explicit roles
 * keep rows and cells announced as such.
 */
export function DataTable<Row>({ caption, showCaption, columns, rows, rowKey, rowProps, stackOnNarrow = true, testId }: DataTableProps<Row>) {
  return (
    <div className={`table-wrap${stackOnNarrow ? ' table-stack' : ''}`}>
      <table className="table" role="table" data-testid={testId}>
        <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column, index) => (
              <th key={index} scope="col" role="columnheader" className={classes(column) || undefined}>
                {column.hideHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row, rowIndex) => (
            <tr key={rowKey(row, rowIndex)} role="row" {...rowProps?.(row, rowIndex)}>
              {columns.map((column, index) =>
                column.rowHeader ? (
                  <th key={index} scope="row" role="rowheader" className={classes(column) || undefined}>
                    {column.cell(row, rowIndex)}
                  </th>
                ) : (
                  <td key={index} role="cell" className={classes(column, column.hideHeader ? '' : 'labelled') || undefined}>
                    {!column.hideHeader && <span className="table-card-label">{column.header}</span>}
                    {column.hideHeader ? column.cell(row, rowIndex) : <div className="table-card-value">{column.cell(row, rowIndex)}</div>}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function classes(column: { numeric?: boolean; className?: string }, extra = ''): string {
  return [column.numeric ? 'numeric' : '', column.className ?? '', extra].filter(Boolean).join(' ');
}
