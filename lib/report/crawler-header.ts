/**
 * The metadata header a website crawler writes above a saved page (标题: …, 发布时间: …, 原文链接: …,
 * then often a `==== 正文 ====` line). It describes the page and is not the report: its dates and the
 * digits of its URL must never be read as report numbers, so the text and HTML readers blank it
 * (`hideCrawlerHeader`), and the header reading takes the title, date and URL from it.
 */

export interface CrawlerHeader {
  title: string | null;
  /** The publication date, ISO YYYY-MM-DD. */
  published: string | null;
  /** Where that date's value stands in the text, as written. */
  publishedAt: { offset: number; length: number; text: string } | null;
  url: string | null;
  publisher: string | null;
  /** Where the page body starts in the text. */
  bodyOffset: number;
}

/** The keys crawlers and site exports use; a header must hold two of them (one would be a body line). */
const TITLE_KEYS = ['标题', '文章标题', '题目', '名称'];
// 成文日期 is the date the document was signed, not published: kept as a key, never read as `published`.
const DATE_KEYS = ['发布时间', '发布日期', '发布于', '发文日期', '公开日期', '日期', '时间'];
const URL_KEYS = ['原文链接', '原始链接', '原文地址', '来源网址', '链接', '网址', '地址', 'url', 'URL', 'Url'];
const PUBLISHER_KEYS = ['发布机构', '发文机关', '发布单位', '信息来源', '来源'];
const OTHER_KEYS = [
  '文号',
  '发文字号',
  '栏目',
  '所属栏目',
  '分类',
  '主题分类',
  '成文日期',
  '作者',
  '索引号',
  '本地目录',
  '关键词',
  '有效性',
  '生效日期',
  '采集时间',
  '抓取时间',
];
const KNOWN = new Set([...TITLE_KEYS, ...DATE_KEYS, ...URL_KEYS, ...PUBLISHER_KEYS, ...OTHER_KEYS]);

/** `键: 值` or `键：值`; a key is a short word, never punctuation (a body sentence "根据《条例》：" is no key). */
const KEY_LINE = /^[ \t\u3000]*([\p{Script=Han}A-Za-z]{1,8})[ \t\u3000]*[:：][ \t\u3000]*(.*?)[ \t\u3000\r]*$/u;
/** `==================== 正文 ====================`, or a bare rule of = or -. */
const SEPARATOR = /^[ \t\u3000]*[=\-—*#]{3,}[ \t\u3000]*(?:正文|内容|body)?[ \t\u3000]*[=\-—*#]*[ \t\u3000\r]*$/iu;

/** Lines looked at: a header is a dozen lines; notes like "页面链接与图片详见 links.tsv" may stand among them. */
const MAX_LINES = 30;
const MAX_NOTE_LINES = 3;

export function readCrawlerHeader(text: string): CrawlerHeader | null {
  // The text reader (to hide the header) and the title sources (to read it) ask for the same text in turn.
  if (text !== lastText) {
    lastHeader = parseCrawlerHeader(text);
    lastText = text;
  }
  // A copy: the one kept must not be shared with (or changed by) a caller.
  return lastHeader && { ...lastHeader, publishedAt: lastHeader.publishedAt && { ...lastHeader.publishedAt } };
}

let lastText: string | null = null;
let lastHeader: CrawlerHeader | null = null;

function parseCrawlerHeader(text: string): CrawlerHeader | null {
  const fields = new Map<string, string>();
  const valueAt = new Map<string, number>();
  let known = 0;
  let notes = 0;
  let lastFieldEnd = -1;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let n = 0; n < MAX_LINES && at < text.length; n++) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl + 1;
    const line = text.slice(at, nl === -1 ? text.length : nl);
    if (SEPARATOR.test(line)) {
      return known >= 1 ? header(fields, valueAt, end) : null;
    }
    const m = KEY_LINE.exec(line);
    if (m && (KNOWN.has(m[1]) || known > 0)) {
      if (!fields.has(m[1])) {
        fields.set(m[1], m[2]);
        valueAt.set(m[1], at + line.lastIndexOf(m[2])); // the value ends the line
      }
      if (KNOWN.has(m[1])) known++;
      lastFieldEnd = end;
    } else if (line.trim() !== '') {
      // Before any key this is the body; after keys, a note, unless too many (then the body began).
      if (known === 0 || ++notes > MAX_NOTE_LINES) break;
    }
    at = end;
  }
  // No separator: the header is the key lines read, when there are enough of them to be one.
  return known >= 2 ? header(fields, valueAt, lastFieldEnd) : null;
}

/** The text with the header's characters turned into spaces: same length and offsets, nothing to read. */
export function hideCrawlerHeader(text: string): string {
  const head = readCrawlerHeader(text);
  if (!head) return text;
  // Runs of spaces between the line breaks (a loop, not a regex replacing one character at a time).
  let out = '';
  let run = 0;
  for (let i = 0; i < head.bodyOffset; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) {
      run++;
      continue;
    }
    if (run > 0) out += ' '.repeat(run);
    out += text[i];
    run = 0;
  }
  if (run > 0) out += ' '.repeat(run);
  return out + text.slice(head.bodyOffset);
}

function header(fields: Map<string, string>, valueAt: Map<string, number>, bodyOffset: number): CrawlerHeader {
  const dateKey = firstKey(fields, DATE_KEYS, isoDate);
  const dateText = dateKey === undefined ? '' : fields.get(dateKey)!;
  return {
    title: first(fields, TITLE_KEYS, nonEmpty),
    // The first date key with a date (as `first` would find it again).
    published: dateKey === undefined ? null : isoDate(dateText),
    publishedAt:
      dateKey === undefined ? null : { offset: valueAt.get(dateKey)!, length: dateText.length, text: dateText },
    url: first(fields, URL_KEYS, webAddress),
    publisher: first(fields, PUBLISHER_KEYS, nonEmpty),
    bodyOffset,
  };
}

/** The first of `keys` the header has with a value `ok` accepts. */
function firstKey(fields: Map<string, string>, keys: string[], ok: (v: string) => string | null): string | undefined {
  return keys.find((k) => {
    const v = fields.get(k);
    return v !== undefined && ok(v) !== null;
  });
}

/** That key's value as `ok` reads it; null when no key has one. */
function first(fields: Map<string, string>, keys: string[], ok: (v: string) => string | null): string | null {
  const key = firstKey(fields, keys, ok);
  return key === undefined ? null : ok(fields.get(key)!);
}

function webAddress(v: string): string | null {
  return /^https?:\/\/\S+$/i.test(v) ? v : null;
}

function nonEmpty(v: string): string | null {
  return v.trim() === '' ? null : v.trim();
}

/** "2022-02-08 16:34", "2022/2/8", "2022年2月8日" → "2022-02-08"; null for anything that is not a real date. */
export function isoDate(value: string): string | null {
  const m = /^\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
