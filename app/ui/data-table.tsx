'use client';
/**
 * The one generic table (TanStack Table 9): grouped headers, a sticky header and first column, and
 * sorting that belongs to the server — a click writes the new sort into the URL and the server sends the
 * rows in that order, so sorting covers every row, not just the page on screen.
 */
import {
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import Link from 'next/link';
import { useMemo } from 'react';
import { type RateWithBase, rateWithBase } from '@/lib/format/rate-base';
import { formatCell } from '@/lib/dashboard/table/cell-text';
import type { CellValue, TableColumn, TableRow } from '@/lib/dashboard/table/table-spec';
import { pick, type Locale } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';
import { RateLegend, RateText } from './rate-text';

const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, TableRow>();

export interface DataTableProps {
  columns: TableColumn[];
  rows: TableRow[];
  locale: Locale;
  sort?: { id: string; desc: boolean };
  /** The view whose URL a sort click rewrites; the table itself never reorders rows. */
  state: ViewState;
  path: string;
  caption: string;
}

/** Columns hold numbers, text or null: TanStack's column value type is left open here, as its helpers expect. */
// biome-ignore lint/suspicious/noExplicitAny: TanStack Table's ColumnDef value parameter, open by design.
type AnyValue = any;

function leaf(c: TableColumn, locale: Locale): ColumnDef<typeof features, TableRow, AnyValue> {
  return helper.accessor((row) => row.cells[c.id] ?? null, {
    id: c.id,
    header: c.header,
    enableSorting: c.sortable ?? false,
    cell: (info) => {
      // A rate never stands without the count it rests on (issue 18); the sort is still by the rate.
      if (c.kind === 'rate') {
        const v = info.getValue();
        return <RateText value={rateWithBase(numberOf(v), info.row.original.bases?.[c.id], locale)} />;
      }
      const text = formatCell(info.getValue(), c, locale);
      const href = info.row.original.links?.[c.id];
      return href ? <Link href={href}>{text}</Link> : text;
    },
  }) as ColumnDef<typeof features, TableRow, AnyValue>;
}

/** Every rate the table shows, for the legend under it. */
function shownRates(columns: TableColumn[], rows: TableRow[], locale: Locale): RateWithBase[] {
  const rates = columns.filter((c) => c.kind === 'rate');
  return rows.flatMap((r) => rates.map((c) => rateWithBase(numberOf(r.cells[c.id]), r.bases?.[c.id], locale)));
}

const numberOf = (v: CellValue | undefined) => (typeof v === 'number' ? v : null);

/** Adjacent columns with the same group header go under one spanning header. */
function grouped(columns: TableColumn[], locale: Locale) {
  const defs: ColumnDef<typeof features, TableRow, AnyValue>[] = [];
  for (let i = 0; i < columns.length; ) {
    const group = columns[i].group;
    let j = i;
    while (j < columns.length && columns[j].group === group) j++;
    const leaves = columns.slice(i, j).map((c) => leaf(c, locale));
    if (group) defs.push(helper.group({ id: `group-${i}`, header: group, columns: leaves }));
    else defs.push(...leaves);
    i = j;
  }
  return defs;
}

export function DataTable({ columns, rows, locale, sort, state, path, caption }: DataTableProps) {
  const sortHref = (id: string, desc: boolean) => hrefWith(path, state, { sort: { id, desc } });
  const defs = useMemo(() => grouped(columns, locale), [columns, locale]);
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const sorting: SortingState = sort ? [{ id: sort.id, desc: sort.desc }] : [];
  const words = pick(locale, COMMON_TEXT).table;
  const rates = useMemo(() => shownRates(columns, rows, locale), [columns, rows, locale]);
  const table = useTable({
    features,
    columns: defs,
    data: rows,
    getRowId: (r) => r.key,
    manualSorting: true,
    state: { sorting },
  });

  return (
    <>
      <div className="table-wrap">
        <table className="data">
          <caption className="muted" style={{ captionSide: 'bottom', textAlign: 'left', padding: 6 }}>
            {caption}
          </caption>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const spec = byId.get(h.column.id);
                  const classes = [
                    h.subHeaders.length ? 'group' : '',
                    spec?.sticky ? 'sticky' : '',
                    spec && spec.kind !== 'text' ? 'num' : '',
                  ];
                  if (h.isPlaceholder) return <th key={h.id} colSpan={h.colSpan} className={classes.join(' ')} />;
                  const sorted = h.column.getIsSorted();
                  const header = <table.FlexRender header={h} />;
                  return (
                    <th
                      key={h.id}
                      colSpan={h.colSpan}
                      className={classes.join(' ')}
                      aria-sort={sorted ? (sorted === 'desc' ? 'descending' : 'ascending') : undefined}
                    >
                      {spec?.sortable ? (
                        <Link
                          className="sort"
                          href={sortHref(
                            spec.id,
                            sorted === 'desc' ? false : sorted === 'asc' ? true : spec.kind !== 'text',
                          )}
                          title={words.sortHint}
                        >
                          {header}
                          <span className="sort-mark" aria-hidden>
                            {sorted === 'desc' ? '▼' : sorted === 'asc' ? '▲' : '↕'}
                          </span>
                        </Link>
                      ) : (
                        header
                      )}
                      {spec?.definitionHref && (
                        <a
                          href={spec.definitionHref}
                          className="muted"
                          style={{ marginLeft: 4, fontSize: 11 }}
                          aria-label={words.definitionMark}
                        >
                          ⓘ
                        </a>
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => {
                  const spec = byId.get(cell.column.id);
                  const classes = [spec?.sticky ? 'sticky' : '', spec && spec.kind !== 'text' ? 'num' : ''].join(' ');
                  return (
                    <td key={cell.id} className={classes} translate={spec?.names ? 'no' : undefined}>
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RateLegend shown={rates} locale={locale} />
    </>
  );
}
