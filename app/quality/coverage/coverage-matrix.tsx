/**
 * The agencies × years matrix: one row per agency, one cell per year, coloured by its state and carrying a symbol
 * (✓ on time, +N days late, ? undated, ↻ replaced, ✗ missing with reports around it, ○ missing by the list), so it
 * reads without colour; each cell's title says it in words. Above it, which agencies to show and the legend. The
 * rows go to the browser as compact data and are drawn there (matrix-rows.tsx), so their markup is sent once.
 */
import Link from 'next/link';
import type { CoverageView } from '@/lib/dashboard/coverage-page';
import { CELL_SYMBOLS, type CoverageCellState, cellCode } from '@/lib/format/coverage-cell';
import { pick } from '@/lib/format/locale';
import { formatCount } from '@/lib/format/number';
import { COVERAGE_TEXT } from '@/lib/i18n/coverage-text';
import { COVERAGE_SHOWS, type CoverageShow, withShow } from '@/lib/view-state/coverage-filters';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';
import styles from './coverage.module.css';
import { type CompactMatrixRow, MatrixRows } from './matrix-rows';

const PATH = '/quality/coverage';
const LEGEND: CoverageCellState[] = ['on-time', 'late', 'undated', 'replaced', 'gap', 'list', 'none'];

const showHref = (state: ViewState, show: CoverageShow) => withShow(hrefWith(PATH, state, { page: 1 }), show);

export function ShowTabs({ state, show, view }: { state: ViewState; show: CoverageShow; view: CoverageView }) {
  const t = pick(state.lang, COVERAGE_TEXT);
  const counted: Partial<Record<CoverageShow, number>> = {
    all: view.agencies.agencies,
    stopped: view.agencies.stopped,
  };
  return (
    <nav className="tabs" aria-label={t.showsLabel} data-coverage-shows>
      {COVERAGE_SHOWS.filter((s) => s !== 'stopped' || view.years.length > 1).map((s) => (
        <Link key={s} href={showHref(state, s)} className={show === s ? 'active' : undefined}>
          {t.shows[s]}
          {counted[s] !== undefined ? ` ${formatCount(counted[s], state.lang)}` : ''}
        </Link>
      ))}
    </nav>
  );
}

export function MatrixLegend({ state, withList }: { state: ViewState; withList: boolean }) {
  const t = pick(state.lang, COVERAGE_TEXT);
  return (
    <div className={styles.legend} data-coverage-legend>
      <strong id="coverage-legend">{t.legendTitle}</strong>
      <ul aria-labelledby="coverage-legend">
        {LEGEND.filter((s) => s !== 'list' || withList).map((s) => (
          <li key={s}>
            <span className={`${styles.cell} ${styles[s]}`} aria-hidden="true">
              {s === 'late' ? '+12' : CELL_SYMBOLS[s]}
            </span>
            {t.legend[s]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The page's rows as the browser draws them (matrix-rows.tsx): data, not markup. */
function compactRows(view: CoverageView, noReports: string): CompactMatrixRow[] {
  return view.matrix.rows.map((row) => ({
    ...(row.agencyId === null ? {} : { id: row.agencyId }),
    name: row.name,
    sub: [row.place, row.type, row.agencyId === null ? noReports : null].filter(Boolean).join(' · '),
    ...(row.listed ? { listed: true as const } : {}),
    ...(row.stoppedAfter === null ? {} : { stoppedAfter: row.stoppedAfter }),
    cells: row.cells.map((c) => cellCode(c.state, c.daysLate)).join(' '),
  }));
}

export function CoverageMatrix({ state, view }: { state: ViewState; view: CoverageView }) {
  const t = pick(state.lang, COVERAGE_TEXT);
  return (
    <div className="table-wrap" style={{ maxHeight: 640 }}>
      <table className={styles.matrix} data-coverage-matrix>
        <thead>
          <tr>
            <th className={styles.agency}>{t.agencyColumn}</th>
            {view.years.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <MatrixRows rows={compactRows(view, t.noReports)} years={view.years} lang={state.lang} />
      </table>
    </div>
  );
}
