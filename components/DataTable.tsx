// A chart's data as a real table: caption, column headers, row headers, links to each quote.
import type { TableCell, TableSpec } from "@/lib/charts/types";

export interface DataTableProps {
  table: TableSpec;
}

/** A cell's `lang` attribute, only where it differs from the page's (an undefined one would still travel in the page's React payload). */
const langOf = (c: TableCell) => (c.lang ? { lang: c.lang } : {});

/** One `<table>` in a frame that scrolls sideways on a phone instead of the page. */
export function DataTable({ table }: DataTableProps) {
  const cell = (c: TableCell) => (c.href ? <a href={c.href}>{c.text}</a> : c.text);
  return (
    <div className="table-frame">
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((col, i) => (
              <th key={i} scope="col">
                {col}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              <th scope="row" {...langOf(row.header)}>
                {cell(row.header)}
              </th>
              {row.cells.map((c, j) => (
                <td key={j} {...langOf(c)}>
                  {cell(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
