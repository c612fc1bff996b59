/**
 * The date printed at a report's end, under the agency's name (落款): "忻州市科学技术局 2021年2月5日",
 * "二〇二二年一月二十五日". Looked for only in the last paragraphs, and only as a paragraph's last words after
 * nothing but a short name, or after a sentence's end in a page flattened to one line, so a date in the
 * prose ("2021年1月1日至2021年12月31日") is never taken for it.
 */
import { isBlank, isSpaceCode } from '../normalize';
import { CHINESE_DATE, calendarDate, chineseNumeralDate } from './calendar-date';

export interface DatedText {
  /** YYYY-MM-DD. */
  date: string;
  /** Where the date stands in the source, and its words as written. */
  offset: number;
  length: number;
  text: string;
}

interface Paragraph {
  text: string;
  offset: number;
}

/** The last paragraphs looked at: the signature follows section 六 by a line or two. */
const TAIL_PARAGRAPHS = 6;
/** A name before the date: an agency name, without sentence punctuation. */
const NAME_BEFORE = /(?:^|[。！？；;!?])\s*[^。！？；;!?，,：:\d]{0,40}$/u;
const ARABIC_AT_END = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*[。.]?\s*$/;
const CHINESE_AT_END = new RegExp(`${CHINESE_DATE.source}\\s*[。.]?\\s*$`);

export function findSignedDate(paragraphs: readonly Paragraph[]): DatedText | null {
  const tail = paragraphs.filter((p) => !isBlank(p.text)).slice(-TAIL_PARAGRAPHS);
  for (let i = tail.length - 1; i >= 0; i--) {
    const found = dateAtEnd(tail[i]);
    if (found) return found;
  }
  return null;
}

function dateAtEnd(p: Paragraph): DatedText | null {
  if (!endsLikeDate(p.text)) return null;
  const text = p.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const arabic = ARABIC_AT_END.exec(text);
  const chinese = arabic ? null : CHINESE_AT_END.exec(text);
  const match = arabic ?? chinese;
  if (!match || !NAME_BEFORE.test(text.slice(0, match.index))) return null;
  const date = arabic
    ? calendarDate(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]))
    : chineseNumeralDate(chinese!);
  if (!date) return null;
  const written = p.text.slice(match.index).trimEnd();
  return { date, offset: p.offset + match.index, length: written.length, text: written };
}

/**
 * Whether the text ends as both `…_AT_END` expressions need: 日 or 号, then optional white space, one
 * optional "。" or ".", and white space. Told from the end, so prose is not searched by the expressions.
 */
function endsLikeDate(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  if (i >= 0 && (text.charCodeAt(i) === 0x3002 || text.charCodeAt(i) === 0x2e)) {
    i--;
    while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  }
  const c = i >= 0 ? text.charCodeAt(i) : 0;
  return c === 0x65e5 || c === 0x53f7; // 日 号
}
