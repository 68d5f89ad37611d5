import type { ImportCounts, ImportKindCounts } from './import.queries.ts';

const COLUMNS: ReadonlyArray<{ key: keyof ImportCounts; label: string }> = [
  { key: 'created', label: 'Created' },
  { key: 'updated', label: 'Updated' },
  { key: 'unchanged', label: 'Unchanged' },
  { key: 'merged', label: 'Merged' },
  { key: 'rejected', label: 'Rejected' },
];

interface ImportCountsTableProps {
  caption: string;
  byKind: ImportKindCounts[];
  totals: ImportCounts;
}

/** Created, updated, unchanged, merged and rejected records by kind and relationship type, with the total. */
export function ImportCountsTable({ caption, byKind, totals }: ImportCountsTableProps) {
  return (
    <table className="import-counts" data-testid="import-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          {COLUMNS.map((column) => (
            <th key={column.key} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {byKind.map((row) => (
          <tr key={row.kind} data-kind={row.kind}>
            <th scope="row">{row.kind}</th>
            {COLUMNS.map((column) => (
              <td key={column.key} data-count={column.key} className={row[column.key] ? undefined : 'is-zero'}>
                {row[column.key]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-kind="total">
          <th scope="row">Total</th>
          {COLUMNS.map((column) => (
            <td key={column.key} data-count={column.key}>
              {totals[column.key]}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
