/**
 * Which reader a decoded document needs: HTML, Markdown or plain text, by content; the file name
 * only breaks ties (a page whose first tags are unusual, a Markdown file without pipe tables).
 */
import type { SourceFormat } from './model';

/** A line whose first character after any whitespace (as `trimStart` sees it) is a pipe. */
const PIPE_LINE = /(?:^|\n)[^\S\n]*\|/g;
const HTML_TAG = /<(?:html|body|table|tr|td|p|div|span|br|h[1-6]|meta)\b[^>]*>/i;

export function sniffFormat(text: string, fileName: string): SourceFormat {
  const head = text.slice(0, 20000);
  if (HTML_TAG.test(head) || (/\.html?$/i.test(fileName) && /<[a-z!][^<>]*>/i.test(head))) return 'html';
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  return (head.match(PIPE_LINE)?.length ?? 0) >= 2 ? 'markdown' : 'text';
}
