/**
 * Which reader a decoded document needs: HTML, Markdown or plain text, by content; the file name
 * only breaks ties (a page whose first tags are unusual, a Markdown file without pipe tables).
 */
import type { SourceFormat } from './model';

const HTML_TAG = /<(?:html|body|table|tr|td|p|div|span|br|h[1-6]|meta)\b[^>]*>/i;

export function sniffFormat(text: string, fileName: string): SourceFormat {
  const head = text.slice(0, 20000);
  if (HTML_TAG.test(head) || (/\.html?$/i.test(fileName) && /<[a-z!][^<>]*>/i.test(head))) return 'html';
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  let pipes = 0;
  for (const line of head.split('\n')) if (line.trimStart().startsWith('|') && ++pipes >= 2) return 'markdown';
  return 'text';
}
