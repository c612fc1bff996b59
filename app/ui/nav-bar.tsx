'use client';
/**
 * The top bar: the pages, and the language switch. Links carry the current filters and language along,
 * so moving from 总览 to 对比 keeps the region and years the user chose.
 */
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { pick } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/lib/i18n/common-text';

const PAGES = [
  { path: '/', key: 'overview' },
  { path: '/compare', key: 'compare' },
  { path: '/region', key: 'region' },
  { path: '/quality', key: 'quality' },
  { path: '/metrics', key: 'metrics' },
  { path: '/import', key: 'import' },
] as const;

/** Filters travel between pages; sort, page and columns belong to one page and stay behind. */
const CARRIED = ['lang', 'region', 'year', 'from', 'to', 'type', 'tpl', 'synthetic'];

export function NavBar() {
  const pathname = usePathname();
  const params = useSearchParams();
  const locale = params.get('lang') === 'en' ? 'en' : 'zh';
  const text = pick(locale, COMMON_TEXT);
  // The root layout cannot read the query, so the page's language is set on <html> from here (screen readers, fonts).
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);

  const carried = new URLSearchParams();
  for (const key of CARRIED) {
    const v = params.get(key);
    if (v) carried.set(key, v);
  }
  const query = carried.toString();

  const switched = new URLSearchParams(params);
  if (locale === 'en') switched.delete('lang');
  else switched.set('lang', 'en');
  const switchedQuery = switched.toString();

  const active = (path: string) => (path === '/' ? pathname === '/' : pathname.startsWith(path));
  return (
    <header className="topbar">
      <Link href={query ? `/?${query}` : '/'} className="brand">
        <span className="brand-mark" translate="no" lang="zh-CN">
          {text.brandMark}
        </span>
        <span>
          <strong>{text.brand}</strong>
          <small>{text.tagline}</small>
        </span>
      </Link>
      <nav aria-label={text.navLabel}>
        {PAGES.map((p) => (
          <Link
            key={p.path}
            href={query ? `${p.path}?${query}` : p.path}
            className={active(p.path) ? 'active' : undefined}
            aria-current={active(p.path) ? 'page' : undefined}
          >
            {text.nav[p.key]}
          </Link>
        ))}
      </nav>
      <Link
        className="lang-switch"
        translate="no"
        lang={locale === 'zh' ? 'en' : 'zh-CN'}
        href={switchedQuery ? `${pathname}?${switchedQuery}` : pathname}
        hrefLang={locale === 'zh' ? 'en' : 'zh-CN'}
      >
        {text.switchLanguage}
      </Link>
    </header>
  );
}
