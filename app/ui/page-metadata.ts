/**
 * A page's <title> in its language: the root layout's metadata cannot read the query, so each page says
 * its own (`export const generateMetadata = metadataFor('compare')`).
 */
import type { Metadata } from 'next';
import { pick } from '@/lib/format/locale';
import { COMMON_TEXT, type CommonText } from '@/lib/i18n/common-text';
import { parseViewState, type SearchParams } from '@/lib/view-state/view-state';

export type PageName = keyof CommonText['nav'] | 'agency';

export function metadataFor(page: PageName) {
  return async ({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> => {
    const t = pick(parseViewState(await searchParams).lang, COMMON_TEXT);
    return { title: t.documentTitle(page === 'agency' ? t.agencyPage : t.nav[page]) };
  };
}
