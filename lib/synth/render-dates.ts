/**
 * A publication date written the ways reports carry one (lib/report/dates/ reads them back): a crawler's
 * metadata header above a saved page (标题 / 发布时间 / 原文链接, then a 正文 rule), and the signature under
 * the report, the agency's name over the date in digits (2022年1月25日) or in Chinese numerals
 * (二〇二二年一月二十五日).
 */
import { escapeHtml } from './render-html';

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 25 → 二十五, 31 → 三十一. */
function numeralNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${ones === 0 ? '' : DIGITS[ones]}`;
}

/** "2022-01-25" as a signature writes it: 2022年1月25日, or 二〇二二年一月二十五日 in numerals. */
export function signedDateWords(date: string, numerals: boolean): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!numerals) return `${y}年${m}月${d}日`;
  return `${[...String(y)].map((c) => DIGITS[Number(c)]).join('')}年${numeralNumber(m)}月${numeralNumber(d)}日`;
}

/** The header a crawler writes above a saved page, ending in its 正文 rule. */
export function crawlerHeader(title: string, date: string): string {
  return `标题: ${title}\n发布时间: ${date} 09:30\n原文链接: https://www.example.gov.cn/zwgk/ndbg/index.htm\n==================== 正文 ====================\n`;
}

/** The signature as text lines: the agency, then the date. */
export function signatureText(agency: string, date: string, numerals: boolean): string {
  return `${agency}\n${signedDateWords(date, numerals)}\n`;
}

/** The signature as a web page sets it: two paragraphs aligned right. */
export function signatureHtml(agency: string, date: string, numerals: boolean): string {
  const p = (text: string) => `<p style="text-align:right">${escapeHtml(text)}</p>`;
  return `${p(agency)}\n${p(signedDateWords(date, numerals))}\n`;
}
