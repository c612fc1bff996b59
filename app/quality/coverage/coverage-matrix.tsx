/**
 * The agencies × years matrix: one row per agency, one cell per year, coloured by its state and carrying a symbol
 * (✓ on time, +N days late, ? undated, ↻ replaced, ✗ missing with reports around it, ○ missing by the list), so it
 * reads without colour; each cell's title says it in words. Above it, which agencies to show and the legend.
 */
import Link from 'next/link';
import { CELL_SYMBOLS, type CoverageView, type MatrixCell } from '@/lib/dashboard/coverage-page';
import { pick } from '@/lib/format/locale';
import { formatCount } from '@/lib/format/number';
import { COVERAGE_TEXT } from '@/lib/i18n/coverage-text';
import { COVERAGE_SHOWS, type CoverageShow, withShow } from '@/lib/view-state/coverage-filters';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';
import styles from './coverage.module.css';

const PATH = '/quality/coverage';
const LEGEND: MatrixCell['state'][] = ['on-time', 'late', 'undated', 'replaced', 'gap', 'list', 'none'];

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

export function CoverageMatrix({ state, view }: { state: ViewState; view: CoverageView }) {
  const t = pick(state.lang, COVERAGE_TEXT);
  const agencyHref = (id: number) => `/agency/${id}${state.lang === 'en' ? '?lang=en' : ''}`;
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
        <tbody>
          {view.matrix.rows.map((row) => (
            <tr key={row.agencyId ?? `list-${row.name}`} data-agency={row.agencyId ?? undefined}>
              <td className={styles.agency}>
                {row.agencyId === null ? (
                  <span translate="no">{row.name}</span>
                ) : (
                  <Link href={agencyHref(row.agencyId)} translate="no">
                    {row.name}
                  </Link>
                )}
                {row.listed && (
                  <span className={styles.badge} title={t.onListTitle}>
                    {t.onList}
                  </span>
                )}
                {row.stoppedAfter !== null && (
                  <span className={`${styles.badge} ${styles.stopped}`}>{t.stoppedBadge(row.stoppedAfter)}</span>
                )}
                <span className={styles.sub}>
                  {[row.place, row.type, row.agencyId === null ? t.noReports : null].filter(Boolean).join(' · ')}
                </span>
              </td>
              {row.cells.map((c) => (
                <td key={c.year} className={`${styles.cell} ${styles[c.state]}`} title={c.title} data-state={c.state}>
                  <span aria-hidden="true">{c.symbol}</span>
                  <span className={styles.srOnly}>{c.title}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
