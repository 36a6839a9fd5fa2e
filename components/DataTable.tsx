// A chart's data as a real table: caption, column headers, row headers, links to each quote.
import type { TableSpec } from "@/lib/charts/types";

export interface DataTableProps {
  table: TableSpec;
}

/** One `<table>` in a frame that scrolls sideways on a phone instead of the page. */
export function DataTable({ table }: DataTableProps) {
  const cell = (c: TableSpec["rows"][number]["header"]) => (c.href ? <a href={c.href}>{c.text}</a> : c.text);
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
              <th scope="row" lang={row.header.lang}>
                {cell(row.header)}
              </th>
              {row.cells.map((c, j) => (
                <td key={j} lang={c.lang}>
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
