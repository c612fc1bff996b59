'use client';
/**
 * The switch between the real reports and the synthetic demo corpus (issue 17): two tabs with their counts,
 * shown when the database holds both. The view's filters stay; the page goes back to its first.
 */
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { pick } from '@/lib/format/locale';
import { formatCount } from '@/lib/format/number';
import { COMMON_TEXT } from '@/lib/i18n/common-text';
import { hrefWith, type ViewState } from '@/lib/view-state/view-state';

export function DataSourceSwitch({ state, counts }: { state: ViewState; counts: { real: number; synthetic: number } }) {
  const pathname = usePathname();
  const t = pick(state.lang, COMMON_TEXT).dataSource;
  const sides = [
    { synthetic: false, text: t.real(formatCount(counts.real, state.lang)) },
    { synthetic: true, text: t.synthetic(formatCount(counts.synthetic, state.lang)) },
  ];
  return (
    <nav className="tabs" aria-label={t.label} data-source-switch>
      {sides.map((side) => {
        const active = side.synthetic === state.synthetic;
        return (
          <Link
            key={String(side.synthetic)}
            href={hrefWith(pathname, state, { synthetic: side.synthetic, page: 1 })}
            className={active ? 'active' : undefined}
            aria-current={active ? 'page' : undefined}
            data-synthetic={side.synthetic ? '1' : '0'}
          >
            {side.text}
          </Link>
        );
      })}
    </nav>
  );
}
