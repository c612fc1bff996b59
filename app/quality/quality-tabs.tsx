/** The data-quality page's views, as links that keep the filters: the findings, coverage and timeliness, score rankings. */
import Link from 'next/link';
import { pick } from '@/lib/format/locale';
import { COVERAGE_TEXT } from '@/lib/i18n/coverage-text';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';

export function QualityTabs({ state, active }: { state: ViewState; active: 'findings' | 'coverage' | 'score' }) {
  const t = pick(state.lang, COVERAGE_TEXT);
  const tabs = [
    { key: 'findings', path: '/quality' },
    { key: 'coverage', path: '/quality/coverage' },
    { key: 'score', path: '/quality/score' },
  ] as const;
  return (
    <nav className="tabs" aria-label={t.tabsLabel} data-quality-tabs>
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={hrefWith(tab.path, state, { page: 1 })}
          className={active === tab.key ? 'active' : undefined}
          aria-current={active === tab.key ? 'page' : undefined}
        >
          {t.tabs[tab.key]}
        </Link>
      ))}
    </nav>
  );
}
