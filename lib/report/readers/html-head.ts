/**
 * The titles a web page states about itself in its <head>: the CMS's ArticleTitle meta, og:title, a
 * `title` meta and <title>; and the date it says it was published (PubDate meta and the like). The HTML reader skips the head (it is not report content); the header
 * reading uses these when the page body has no title line. Read by a separate look at the head only,
 * so the reader's block model stays free of page metadata.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';

export interface HtmlTitles {
  articleTitle: string | null;
  ogTitle: string | null;
  metaTitle: string | null;
  /** <title>, as written (sites append their own name: "…年度报告_XX市人民政府"). */
  title: string | null;
}

/** A head is a few KB; a page that never closes it is looked at no further than this. */
const MAX_HEAD = 64 * 1024;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

export function readHtmlTitles(page: string): HtmlTitles {
  const scope = headOf(page);
  const titles: HtmlTitles = { articleTitle: null, ogTitle: null, metaTitle: null, title: null };
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(scope);
  if (title) titles.title = clean(decodeHTML(title[1]));
  for (const [key, content] of metaTags(scope)) {
    if (key === 'articletitle') titles.articleTitle ??= content;
    else if (key === 'og:title') titles.ogTitle ??= content;
    else if (key === 'title') titles.metaTitle ??= content;
  }
  return titles;
}

/** Meta names CMSs give the publication time (TRS 拓尔思 and others: PubDate; Open Graph; Dublin Core). */
const DATE_META = new Set([
  'pubdate',
  'publishdate',
  'publishdatetime',
  'article:published_time',
  'dc.date',
  'dcterms.issued',
]);

/** The page's publication-date meta as written ("2021-01-26 16:32"), the first one found; null when none. */
export function readHtmlPublished(page: string): string | null {
  for (const [key, content] of metaTags(headOf(page))) if (DATE_META.has(key)) return content;
  return null;
}

/** The page's <head>, at most MAX_HEAD characters of it. */
function headOf(page: string): string {
  const head = page.slice(0, Math.min(page.length, MAX_HEAD));
  const bodyAt = head.search(/<body\b|<\/head\s*>/i);
  return bodyAt === -1 ? head : head.slice(0, bodyAt);
}

/** Each <meta> with a name (or property) and content: [lower-case name, content]. */
function* metaTags(scope: string): Generator<[string, string]> {
  for (const tag of scope.matchAll(/<meta\b([^>]*)>/gi)) {
    const attrs = new Map<string, string>();
    for (const a of tag[1].matchAll(ATTRIBUTE))
      attrs.set(a[1].toLowerCase(), decodeHTMLAttribute(a[2] ?? a[3] ?? a[4] ?? ''));
    const key = (attrs.get('name') ?? attrs.get('property') ?? '').toLowerCase();
    const content = clean(attrs.get('content') ?? '');
    if (key && content) yield [key, content];
  }
}

function clean(text: string): string | null {
  const one = text.replace(/\s+/g, ' ').trim();
  return one === '' ? null : one;
}
