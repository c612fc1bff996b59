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
const HEAD_END = /<body\b|<\/head\s*>/i;
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i;
// Global regexes walked with `exec` from lastIndex 0 (`matchAll` would copy the regex each call). Neither
// matches an empty string, so the walk visits the same matches as `matchAll`.
const META = /<meta\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

export function readHtmlTitles(page: string): HtmlTitles {
  const { head, metas } = headOf(page);
  const titles: HtmlTitles = { articleTitle: null, ogTitle: null, metaTitle: null, title: null };
  const title = TITLE.exec(head);
  if (title) titles.title = clean(decodeHTML(title[1]));
  for (const [key, content] of metas) {
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
  for (const [key, content] of headOf(page).metas) if (DATE_META.has(key)) return content;
  return null;
}

interface PageHead {
  page: string;
  head: string;
  /** Each <meta> with a name (or property) and content: [lower-case name, content]. */
  metas: [string, string][];
}

// The head read last: the titles and then the date are read from the same page, one after the other.
let last: PageHead = { page: '', head: '', metas: [] };

/** The page's <head> (at most MAX_HEAD characters of it) and its meta tags. */
function headOf(page: string): PageHead {
  if (page === last.page) return last;
  const scope = page.slice(0, Math.min(page.length, MAX_HEAD));
  const bodyAt = scope.search(HEAD_END);
  const head = bodyAt === -1 ? scope : scope.slice(0, bodyAt);
  last = { page, head, metas: metaTags(head) };
  return last;
}

function metaTags(head: string): [string, string][] {
  const metas: [string, string][] = [];
  META.lastIndex = 0;
  for (let tag = META.exec(head); tag !== null; tag = META.exec(head)) {
    const attrs = new Map<string, string>();
    const body = tag[1];
    ATTRIBUTE.lastIndex = 0;
    for (let a = ATTRIBUTE.exec(body); a !== null; a = ATTRIBUTE.exec(body))
      attrs.set(a[1].toLowerCase(), decodeHTMLAttribute(a[2] ?? a[3] ?? a[4] ?? ''));
    const key = (attrs.get('name') ?? attrs.get('property') ?? '').toLowerCase();
    const content = clean(attrs.get('content') ?? '');
    if (key && content) metas.push([key, content]);
  }
  return metas;
}

function clean(text: string): string | null {
  const one = text.replace(/\s+/g, ' ').trim();
  return one === '' ? null : one;
}
