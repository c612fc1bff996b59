/**
 * The titles a report carries outside its own text, in order of trust: the crawler header's 标题,
 * the web page's ArticleTitle / og:title / title meta and <title>, the PDF's document properties.
 * They stand in when the document has no title line of its own, and are compared with it when it has.
 */
import { type CrawlerHeader, readCrawlerHeader } from '../crawler-header';
import { readHtmlTitles } from '../readers/html-head';

/** What the header reading gets besides the paragraphs: the decoded text and how it was read. */
export interface TitleContext {
  text: string;
  format: string;
  /** The file's own title property (a PDF's Title), when the reader found one. */
  metadataTitle?: string | null;
}

export interface TitleSource {
  /** How a finding names the source. */
  name: string;
  title: string;
}

export interface MetadataTitles {
  crawler: CrawlerHeader | null;
  sources: TitleSource[];
}

export function metadataTitles(context: TitleContext): MetadataTitles {
  const sources: TitleSource[] = [];
  const add = addTitle.bind(null, sources);
  // Only the text readers blank a crawler header; DOCX and PDF text is the reader's own rendering.
  const textual = context.format === 'text' || context.format === 'markdown' || context.format === 'html';
  const crawler = textual ? readCrawlerHeader(context.text) : null;
  add("the crawler header's 标题", crawler?.title);
  if (context.format === 'html') {
    const html = readHtmlTitles(context.text);
    add("the page's ArticleTitle meta", html.articleTitle);
    add("the page's og:title meta", html.ogTitle);
    add("the page's title meta", html.metaTitle);
    add("the page's <title>", html.title);
  }
  add("the file's Title property", context.metadataTitle);
  return { crawler, sources };
}

function addTitle(sources: TitleSource[], name: string, title: string | null | undefined): void {
  if (title?.trim()) sources.push({ name, title: title.trim() });
}
