'use client';
/**
 * The coverage matrix's rows, drawn in the browser from compact data (issue 21): the server sends each agency's
 * name, its place and type line, its badges and one short code per year ('t', '+29', 'g', …), and each cell's
 * symbol and words are made here by lib/format/coverage-cell.ts — the same function the loader and the export use —
 * so the page carries the matrix once, as data, instead of its markup twice (the HTML and the payload it hydrates).
 */
import Link from 'next/link';
import { type CoverageCellState, cellSymbol, cellTitle, readCellCode } from '@/lib/format/coverage-cell';
import { type Locale, pick } from '@/lib/format/locale';
import { COVERAGE_CELL_TEXT } from '@/lib/i18n/coverage-cell-text';
import styles from './coverage.module.css';

/** One agency's row as it travels to the browser. */
export interface CompactMatrixRow {
  /** The agency's id; absent for a list entry no agency answers. */
  id?: number;
  name: string;
  /** Its place, type and (for a list entry) that it has no report yet, joined: 浙江省 嘉兴市 · 科技局. */
  sub: string;
  listed?: true;
  /** The year of its last report, when it stopped publishing within the view's years. */
  stoppedAfter?: number;
  /** One code per year of the view, space-separated (lib/format/coverage-cell.ts cellCode). */
  cells: string;
}

export function MatrixRows({
  rows,
  years,
  lang,
}: {
  rows: CompactMatrixRow[];
  years: readonly number[];
  lang: Locale;
}) {
  const t = pick(lang, COVERAGE_CELL_TEXT);
  const agencyHref = (id: number) => `/agency/${id}${lang === 'en' ? '?lang=en' : ''}`;
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id ?? `list-${row.name}`} data-agency={row.id}>
          <td className={styles.agency}>
            {row.id === undefined ? (
              <span translate="no">{row.name}</span>
            ) : (
              <Link href={agencyHref(row.id)} translate="no">
                {row.name}
              </Link>
            )}
            {row.listed && (
              <span className={styles.badge} title={t.onListTitle}>
                {t.onList}
              </span>
            )}
            {row.stoppedAfter !== undefined && (
              <span className={`${styles.badge} ${styles.stopped}`}>{t.stoppedBadge(row.stoppedAfter)}</span>
            )}
            <span className={styles.sub}>{row.sub}</span>
          </td>
          {row.cells.split(' ').map((code, i) => (
            <MatrixCell key={years[i]} year={years[i]} code={code} lang={lang} />
          ))}
        </tr>
      ))}
    </tbody>
  );
}

function MatrixCell({ year, code, lang }: { year: number; code: string; lang: Locale }) {
  const { state, daysLate }: { state: CoverageCellState; daysLate: number | null } = readCellCode(code);
  const title = cellTitle(state, year, daysLate, lang);
  return (
    <td className={`${styles.cell} ${styles[state]}`} title={title} data-state={state}>
      <span aria-hidden="true">{cellSymbol(state, daysLate)}</span>
      <span className={styles.srOnly}>{title}</span>
    </td>
  );
}
