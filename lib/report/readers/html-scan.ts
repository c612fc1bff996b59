/**
 * The HTML reader's tokenizer: one pass over a page that reports text runs, tags and (when asked)
 * attributes as offsets into the page, jumping with `indexOf` over what the reader ignores.
 *
 * It reproduces htmlparser2's Tokenizer (v12, HTML mode, `decodeEntities: false`, one `write` and
 * `end`), which the reader was built on, event for event: the same text runs (split at every `<`),
 * the same tag and attribute boundaries on broken markup, the same raw text in script/style/title/
 * textarea/iframe/noembed/noframes/xmp/plaintext, the same comments, and its quirks at a page cut off
 * inside a tag (text from offset -1, or the name of a tag such as `<scr` read as text).
 * test/report/readers/html-scan.test.ts compares the two on nasty and random input.
 * Why not the library itself: its state machine takes a switch and a method call per character of
 * markup and a callback per attribute, and government pages are mostly markup (an inline style on
 * every span), so that was most of the reader's time.
 */
import * as Declarations from './html-scan-declarations';
import * as Tags from './html-tags';

// Module-local copies: tsx compiles imports into getter calls, paid on every tag otherwise.
const { PLAINTEXT, SPECIAL, TAG_CLASSES, TAG_NAMES, UNKEYED, tagIdByKey } = Tags;
const { after, declarationEnd } = Declarations;

export interface HtmlSink {
  /** Text as written, `source[start, end)`; `start` is -1 where htmlparser2 gives -1 (see above). */
  text(start: number, end: number): void;
  /** A start tag's name, `source[start, end)`, with its id (html-tags.ts). True: report its attributes. */
  startTag(tag: number, start: number, end: number): boolean;
  /** One attribute: name `source[nameStart, nameEnd)`, value as written (empty when it has none). */
  attribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void;
  /** The `>` of the start tag reported last; `selfClosing` when written `/>`. */
  startTagEnd(selfClosing: boolean): void;
  /** An end tag's name, `source[start, end)`, with its id. */
  endTag(tag: number, start: number, end: number): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const BANG = 0x21;
const QUESTION = 0x3f;
const DQ = 0x22;
const SQ = 0x27;

// Character classes of ASCII as bits, looked up rather than compared: small enough code that V8 inlines
// it into the loops (a chain of comparisons was called, not inlined, from the tag loop).
const SPACE = 1;
const NAME_END = 2;
const ASCII = new Uint8Array(128);
for (const c of [32, 10, 9, 12, 13]) ASCII[c] = SPACE | NAME_END;
ASCII[SLASH] = NAME_END;
ASCII[GT] = NAME_END;

function isSpace(c: number): boolean {
  return c < 128 && (ASCII[c] & SPACE) !== 0;
}

/** Whitespace, `/` or `>`: the end of a tag or attribute name. */
function endsName(c: number): boolean {
  return c < 128 && (ASCII[c] & NAME_END) !== 0;
}

function isAsciiAlpha(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** `</name` of each special tag as char codes, by tag id, for the raw-text scan. */
const END_SEQUENCES: (number[] | null)[] = TAG_NAMES.map((name, id) =>
  TAG_CLASSES[id] & SPECIAL ? [...`</${name}`].map((ch) => ch.charCodeAt(0)) : null,
);

/** Special tags must match ASCII letters exactly (htmlparser2 compares `c | 0x20`); KELVIN SIGN does not. */
function isSpecialName(tag: number, source: string, start: number, end: number): boolean {
  if ((TAG_CLASSES[tag] & SPECIAL) === 0) return false;
  for (let i = start; i < end; i++) if (!isAsciiAlpha(source.charCodeAt(i))) return false;
  return true;
}

/** The special names a start tag cut off by the page's end may still be growing into (htmlparser2 then emits it as text). */
const SPECIAL_NAMES = TAG_NAMES.filter((_, id) => TAG_CLASSES[id] & SPECIAL);

function isSpecialPrefix(source: string, start: number, end: number): boolean {
  const length = end - start;
  next: for (const name of SPECIAL_NAMES) {
    if (name.length < length) continue;
    for (let i = 0; i < length; i++) if ((source.charCodeAt(start + i) | 0x20) !== name.charCodeAt(i)) continue next;
    return true;
  }
  return false;
}

export function scanHtml(source: string, sink: HtmlSink): void {
  const n = source.length;
  let text = 0; // where the pending text run starts
  let at = 0; // where to look for the next `<`
  while (true) {
    // Between tags there is often no text: the `<` is then the next character, found without indexOf.
    const lt = source.charCodeAt(at) === LT ? at : source.indexOf('<', at);
    if (lt === -1) {
      if (text < n) sink.text(text, n);
      return;
    }
    if (lt > text) sink.text(text, lt);
    text = lt;
    const next = lt + 1;
    if (next === n) {
      sink.text(lt, n);
      return;
    }
    const c = source.charCodeAt(next);
    let resume: number; // just past the markup's `>`; -1: the page ended inside it, nothing more to emit
    if (isAsciiAlpha(c)) resume = startTag(source, next, sink);
    else if (c === SLASH) resume = endTag(source, next + 1, sink);
    else if (c === BANG) resume = declarationEnd(source, next + 1);
    else if (c === QUESTION) resume = after(source, next + 1);
    else {
      // Not markup: the `<` is text, which continues (a run ends at every `<`, as in htmlparser2).
      at = next;
      continue;
    }
    if (resume === -1) return;
    text = at = resume;
  }
}

/** The key (html-tags.ts `nameKey`) of the name `nameEnd` scanned last: kept here, not returned, to allocate nothing. */
let scannedKey = 0;

/**
 * The end of a tag name that starts at `start` with an ASCII letter; its key (html-tags.ts `nameKey`,
 * computed here as the name is scanned) left in `scannedKey`.
 */
function nameEnd(source: string, start: number): number {
  const n = source.length;
  let key = (source.charCodeAt(start) | 0x20) - 0x60;
  let p = start + 1;
  for (; p < n; p++) {
    const c = source.charCodeAt(p);
    if (endsName(c)) break;
    if (key === UNKEYED) continue;
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) key = key * 37 + (lower - 0x60);
    else if (c >= 0x30 && c <= 0x39) key = key * 37 + (c - 0x30 + 27);
    else key = UNKEYED;
  }
  scannedKey = key;
  return p;
}

/** A start tag whose name begins at `nameStart`; returns where text resumes, -1 at the page's end. */
function startTag(source: string, nameStart: number, sink: HtmlSink): number {
  const n = source.length;
  let p = nameEnd(source, nameStart);
  const tag = tagIdByKey(scannedKey, source, nameStart, p);
  if (p === n) {
    if (isSpecialPrefix(source, nameStart, p)) sink.text(nameStart, n);
    return -1;
  }
  const special = isSpecialName(tag, source, nameStart, p);
  const wantAttributes = sink.startTag(tag, nameStart, p);
  let selfClosing = false;
  // Before an attribute name (whitespace skipped).
  while (true) {
    if (p === n) return -1;
    let c = source.charCodeAt(p);
    if (c === GT) break;
    if (c === SLASH) {
      p++;
      while (p < n && isSpace(source.charCodeAt(p))) p++;
      if (p === n) {
        sink.text(-1, n);
        return -1;
      }
      if (source.charCodeAt(p) === GT) {
        selfClosing = true;
        break;
      }
      continue; // anything else: read as the start of an attribute name, `/` included
    }
    if (isSpace(c)) {
      p++;
      continue;
    }
    // An attribute name: its first character is taken whatever it is (`=`, a quote).
    const attrStart = p++;
    while (p < n && (c = source.charCodeAt(p)) !== EQ && !endsName(c)) p++;
    const attrEnd = p;
    while (p < n && isSpace((c = source.charCodeAt(p)))) p++;
    if (p === n) return -1;
    if (c !== EQ) {
      // No value; `/`, `>` or the next name is read from here.
      if (wantAttributes) sink.attribute(attrStart, attrEnd, attrEnd, attrEnd);
      continue;
    }
    p++;
    while (p < n && isSpace(source.charCodeAt(p))) p++;
    if (p === n) return -1;
    c = source.charCodeAt(p);
    if (c === DQ || c === SQ) {
      const close = source.indexOf(c === DQ ? '"' : "'", p + 1);
      if (close === -1) return -1;
      if (wantAttributes) sink.attribute(attrStart, attrEnd, p + 1, close);
      p = close + 1;
    } else {
      const valueStart = p;
      while (p < n && (c = source.charCodeAt(p)) !== GT && !isSpace(c)) p++;
      if (p === n) return -1;
      if (wantAttributes) sink.attribute(attrStart, attrEnd, valueStart, p);
    }
  }
  sink.startTagEnd(selfClosing);
  const body = p + 1;
  if (!special) return body;
  if (tag === PLAINTEXT) {
    if (body < n) sink.text(body, n);
    return -1;
  }
  return rawTextEnd(source, body, tag, sink);
}

/**
 * The content of a special tag up to its end tag (`</script` then whitespace, `/` or `>`, any case),
 * searched as htmlparser2 does, character quirks included (it compares `c | 0x20`, so U+001C passes for
 * `<` except where it jumps to a `<` with indexOf, and titles and textareas are walked one character at a time).
 */
function rawTextEnd(source: string, start: number, tag: number, sink: HtmlSink): number {
  const n = source.length;
  const sequence = END_SEQUENCES[tag]!;
  const walk = TAG_NAMES[tag] === 'title' || TAG_NAMES[tag] === 'textarea';
  let matched = 0;
  for (let x = start; x < n; x++) {
    const c = source.charCodeAt(x);
    if (matched === sequence.length) {
      if (endsName(c)) {
        const endOfText = x - sequence.length;
        if (start < endOfText) sink.text(start, endOfText);
        sink.endTag(tag, endOfText + 2, x);
        return closeTagEnd(source, x, sink);
      }
      matched = 0;
    }
    if ((c | 0x20) === sequence[matched]) matched++;
    else if (matched === 0) {
      if (!walk) {
        const lt = source.indexOf('<', x + 1);
        if (lt === -1) break;
        x = lt;
        matched = 1;
      }
    } else matched = c === LT ? 1 : 0;
  }
  if (start < n) sink.text(start, n);
  return -1;
}

/** After `</`: an end tag, or a bogus comment (`</ x>`, `</3>`), or nothing (`</>`). */
function endTag(source: string, nameStart: number, sink: HtmlSink): number {
  const n = source.length;
  if (nameStart === n) {
    sink.text(nameStart - 2, n);
    return -1;
  }
  const c = source.charCodeAt(nameStart);
  if (c === GT) return nameStart + 1;
  if (!isAsciiAlpha(c)) return after(source, nameStart + 1);
  const p = nameEnd(source, nameStart);
  if (p === n) return -1;
  sink.endTag(tagIdByKey(scannedKey, source, nameStart, p), nameStart, p);
  return closeTagEnd(source, p, sink);
}

/** Past the `>` that ends an end tag whose name ended at `p`; at the page's end htmlparser2 emits text from -1. */
function closeTagEnd(source: string, p: number, sink: HtmlSink): number {
  const resume = after(source, p);
  if (resume === -1) sink.text(-1, source.length);
  return resume;
}
