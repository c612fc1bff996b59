/**
 * The tags the HTML reader and its scanner tell apart, as small integer ids with their classes as bits.
 * Every other tag is 0: inline markup that joins text without a break.
 *
 * A tag name is looked up by its characters in place (`tagId`), not sliced and lower-cased: a page has
 * about a thousand tags and all but a handful are `span`, `p` and `td`.
 */

/** Element whose content is never report text. */
export const SKIPPED = 1;
/** Element the tokenizer reads as raw text up to its end tag, even when written `<script/>`. */
export const RAW_TEXT = 2;
/** What may sit in `<head>`; any other start tag means the body began without `</head>`. */
export const HEAD_CONTENT = 4;
/** Start tag that ends an unclosed `<select>` (as the HTML spec's "in select in table" mode does). */
export const SELECT_ENDER = 8;
/** Element that starts a new line of text when it opens or closes. */
export const BLOCK = 16;
/** End tag that ends an unclosed `<select>` inside a table. */
export const TABLE_PART = 32;
/** Element whose text the tokenizer does not read as markup (htmlparser2's "special" tags). */
export const SPECIAL = 64;

/** Each name the reader knows with its classes; the ids are the positions in this list, from 1. */
const CLASSES: [string, number][] = [
  ['table', BLOCK | SELECT_ENDER | TABLE_PART],
  ['td', BLOCK | SELECT_ENDER | TABLE_PART],
  ['th', BLOCK | SELECT_ENDER | TABLE_PART],
  ['tr', BLOCK | SELECT_ENDER | TABLE_PART],
  ['thead', SELECT_ENDER | TABLE_PART],
  ['tbody', SELECT_ENDER | TABLE_PART],
  ['tfoot', SELECT_ENDER | TABLE_PART],
  ['pre', BLOCK],
  ['listing', BLOCK],
  ['a', 0],
  ['head', SKIPPED],
  ['select', SKIPPED | SELECT_ENDER],
  ['option', SKIPPED],
  ['title', SKIPPED | RAW_TEXT | HEAD_CONTENT | SPECIAL],
  ['script', SKIPPED | RAW_TEXT | HEAD_CONTENT | SPECIAL],
  ['style', SKIPPED | RAW_TEXT | HEAD_CONTENT | SPECIAL],
  ['textarea', SKIPPED | RAW_TEXT | SELECT_ENDER | SPECIAL],
  ['iframe', SKIPPED | RAW_TEXT | SPECIAL],
  ['noembed', SKIPPED | RAW_TEXT | SPECIAL],
  ['noframes', SKIPPED | RAW_TEXT | SPECIAL],
  ['xmp', BLOCK | SPECIAL],
  ['plaintext', BLOCK | SPECIAL],
  ['noscript', SKIPPED | HEAD_CONTENT],
  ['template', SKIPPED | HEAD_CONTENT],
  ['xml', SKIPPED | HEAD_CONTENT],
  ['datalist', SKIPPED],
  ['svg', SKIPPED],
  ['math', SKIPPED],
  ['meta', HEAD_CONTENT],
  ['link', HEAD_CONTENT],
  ['base', HEAD_CONTENT],
  ['basefont', HEAD_CONTENT],
  ['bgsound', HEAD_CONTENT],
  ['input', SELECT_ENDER],
  ['keygen', SELECT_ENDER],
  ['caption', BLOCK | SELECT_ENDER],
  ...[
    'address',
    'article',
    'aside',
    'blockquote',
    'body',
    'br',
    'center',
    'dd',
    'details',
    'dialog',
    'dir',
    'div',
    'dl',
    'dt',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'header',
    'hgroup',
    'hr',
    'html',
    'legend',
    'li',
    'main',
    'menu',
    'nav',
    'ol',
    'p',
    'section',
    'summary',
    'ul',
  ].map((name): [string, number] => [name, BLOCK]),
];

// Ids of the tags the reader handles one by one (their positions in CLASSES, from 1).
export const TABLE = 1;
export const TD = 2;
export const TH = 3;
export const TR = 4;
export const THEAD = 5;
export const TBODY = 6;
export const TFOOT = 7;
export const PRE = 8;
export const LISTING = 9;
export const A = 10;
export const HEAD = 11;
export const SELECT = 12;
export const OPTION = 13;
export const PLAINTEXT = 22;

/** Tag names by id (index 0: any other tag). */
export const TAG_NAMES: readonly string[] = ['', ...CLASSES.map(([name]) => name)];
/** Class bits by id. */
export const TAG_CLASSES = Uint8Array.from([0, ...CLASSES.map(([, bits]) => bits)]);

/** A name of up to this many ASCII letters and digits has a unique base-37 key below 2^53. */
export const MAX_KEYED = 10;
/** `nameKey` of a name with another character than ASCII letters and digits. */
export const UNKEYED = -1;

// Keys to ids in an open-addressed table: asked ~2,000 times a page, where a Map of numbers costs more.
const SLOTS = 512;
const slotKeys = new Float64Array(SLOTS).fill(UNKEYED);
const slotIds = new Uint8Array(SLOTS);
const byName = new Map<string, number>();
for (let id = 1; id < TAG_NAMES.length; id++) {
  const key = nameKey(TAG_NAMES[id], 0, TAG_NAMES[id].length);
  let slot = key % SLOTS;
  while (slotKeys[slot] !== UNKEYED) slot = (slot + 1) % SLOTS;
  slotKeys[slot] = key;
  slotIds[slot] = id;
  byName.set(TAG_NAMES[id], id);
}

/**
 * The id of the tag named `source[start, end)`, matched as `toLowerCase()` would (the reader always
 * compared lower-cased names); 0 for a tag the reader does not tell apart.
 */
export function tagId(source: string, start: number, end: number): number {
  return tagIdByKey(nameKey(source, start, end), source, start, end);
}

/** `tagId` for a name whose key (`nameKey`) the caller computed while scanning it. */
export function tagIdByKey(key: number, source: string, start: number, end: number): number {
  // Every known name is shorter; toLowerCase never makes a name shorter.
  if (end - start > MAX_KEYED) return 0;
  if (key === UNKEYED) {
    // Other characters: rare. toLowerCase maps a few non-ASCII letters to ASCII (KELVIN SIGN to "k").
    return byName.get(source.slice(start, end).toLowerCase()) ?? 0;
  }
  for (let slot = key % SLOTS; slotKeys[slot] !== UNKEYED; slot = (slot + 1) % SLOTS)
    if (slotKeys[slot] === key) return slotIds[slot];
  return 0;
}

/** ASCII letters (either case) and digits as base-37 digits 1–36; UNKEYED when another character occurs. */
export function nameKey(source: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) key = key * 37 + (lower - 0x60);
    else if (c >= 0x30 && c <= 0x39) key = key * 37 + (c - 0x30 + 27);
    else return UNKEYED;
  }
  return key;
}
