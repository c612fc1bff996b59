/**
 * What counts as the wrong language on a page (issue 18, "every word says exactly what was counted"). Pure, so
 * the rules have unit tests of their own (test/i18n/language-rules.test.ts) and the browser test only collects.
 *
 * English mode: any Han character, and any CJK punctuation or full-width form (：，。（）、「」…), is Chinese.
 * Chinese mode: three English words in a row are an English sentence. A word is two or more letters with a
 * lowercase one among them, so abbreviations (CSV, XLSX, PNG, SVG, PDF, DOCX, HTML, ID, URL) are not words and
 * a single English word (Excel, Markdown) is not a sentence: the rule is about words, not a list of exceptions.
 * Data values (agency names, source text, file names) are no UI words: the page marks them with
 * `translate="no"` or `data-value`, and the browser test leaves them out before these rules see the text.
 */
export type PageLanguage = 'zh' | 'en';

/** Han ideographs (with extension A and the compatibility block), CJK punctuation and full-width forms. */
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]+/g;

/** A word: two letters or more ("a" is none), one of them lowercase, with an "'s" or "n't" after it if any. */
const WORD = "(?:(?=[A-Za-z]{2})[A-Za-z]*[a-z][A-Za-z]*(?:['\u2019][a-z]+)?)";
/** Three or more words in a row, joined by spaces or hyphens; not inside a longer run of letters. */
const ENGLISH_RUN = new RegExp(`(?<![A-Za-z])${WORD}(?:[ -]+${WORD}){2,}(?![A-Za-z'\u2019])`, 'g');

/** The stretches of `text` in the wrong language for a page in `language`; empty when it is all right. */
export function wrongLanguage(text: string, language: PageLanguage): string[] {
  if (language === 'en') return [...text.matchAll(CHINESE)].map((m) => m[0]);
  return [...text.matchAll(ENGLISH_RUN)].map((m) => m[0]);
}

/** One offending stretch with a little of the text around it, on one line, for a failure message. */
export function inContext(text: string, stretch: string, around = 30): string {
  const at = text.indexOf(stretch);
  const from = Math.max(0, at - around);
  const to = Math.min(text.length, at + stretch.length + around);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, at))}[${flat(stretch)}]${flat(text.slice(at + stretch.length, to))}${to < text.length ? '…' : ''}`;
}
