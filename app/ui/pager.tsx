/** Previous / next and the page count, as plain links: a page of a result is part of the URL. */
import Link from 'next/link';
import { formatCount } from '@/lib/format/number';
import { pick } from '@/lib/format/locale';
import { hrefWith, PAGE_SIZES, type ViewState } from '@/lib/view-state/view-state';
import { COMMON_TEXT } from '@/lib/i18n/common-text';

/** `extra` is a page's own query (the quality page's rule and severity), kept on every link. */
export function Pager({
  state,
  path,
  total,
  extra = '',
}: {
  state: ViewState;
  path: string;
  total: number;
  extra?: string;
}) {
  const link = (patch: Partial<ViewState>) => {
    const href = hrefWith(path, state, patch);
    return extra ? `${href}${href.includes('?') ? '&' : '?'}${extra}` : href;
  };
  const t = pick(state.lang, COMMON_TEXT).paging;
  const pages = Math.max(1, Math.ceil(total / state.pageSize));
  const page = Math.min(state.page, pages);
  return (
    <nav className="pager" aria-label={t.label}>
      <Link href={link({ page: page - 1 })} aria-disabled={page <= 1} rel="prev">
        {t.previous}
      </Link>
      <span>{t.page(page, pages)}</span>
      <Link href={link({ page: page + 1 })} aria-disabled={page >= pages} rel="next">
        {t.next}
      </Link>
      <span className="muted">{t.rows(formatCount(total, state.lang))}</span>
      <span className="muted">{t.perPage}</span>
      {PAGE_SIZES.map((n) =>
        n === state.pageSize ? (
          <strong key={n}>{n}</strong>
        ) : (
          <Link key={n} href={link({ pageSize: n })}>
            {n}
          </Link>
        ),
      )}
    </nav>
  );
}
