/**
 * What the HTML scanner (html-scan.ts) skips after `<!`: comments, CDATA sections, doctypes and bogus
 * comments, none of them content. Each ends where htmlparser2's Tokenizer ends it (HTML mode), quirks
 * included: `<!-->` and `<!--->` are whole comments, `--!>` ends one too, `<!x …>` runs to the next `>`.
 */

const GT = 0x3e;
const BANG = 0x21;
const DASH = 0x2d;

/** Just past the first `>` at or after `from`; -1 when none. */
export function after(source: string, from: number): number {
  if (source.charCodeAt(from) === GT) return from + 1; // `</p>`: no call to indexOf
  const gt = source.indexOf('>', from);
  return gt === -1 ? -1 : gt + 1;
}

/**
 * After `<!`: a comment, CDATA section, doctype or bogus comment, none of them content. Returns just
 * past its end, or -1 when the page ends inside it.
 */
export function declarationEnd(source: string, from: number): number {
  const n = source.length;
  if (from === n) return -1;
  const c = source.charCodeAt(from);
  if (c === 0x5b) return cdataEnd(source, from + 1); // `[`
  if ((c | 0x20) === 0x64) return doctypeEnd(source, from + 1); // `d`
  if (c === GT) return from + 1;
  if (c === DASH) {
    if (from + 1 === n) return -1;
    const d = source.charCodeAt(from + 1);
    if (d === DASH) return commentEnd(source, from + 2);
    if (d === GT) return from + 2;
    return after(source, from + 2);
  }
  return after(source, from + 1);
}

const CDATA = 'CDATA[';

function cdataEnd(source: string, from: number): number {
  for (let i = 0; i < CDATA.length; i++) {
    if (from + i === source.length) return -1;
    // A mismatch makes a bogus comment, ended by the first `>` from the mismatching character on.
    if (source.charCodeAt(from + i) !== CDATA.charCodeAt(i)) return after(source, from + i);
  }
  const end = source.indexOf(']]>', from + CDATA.length);
  return end === -1 ? -1 : end + 3;
}

const DOCTYPE = 'doctype';

/** After `<!d`: `<!doctype …>`, else a bogus comment (`<!d>` ends at once). */
function doctypeEnd(source: string, from: number): number {
  let matched = 1;
  for (let x = from; x < source.length; x++) {
    const c = source.charCodeAt(x);
    if (matched === DOCTYPE.length) return after(source, x);
    if ((c | 0x20) === DOCTYPE.charCodeAt(matched)) matched++;
    else if (c === GT) return x + 1;
    else return after(source, x + 1);
  }
  return -1;
}

const COMMENT_END = [DASH, DASH, BANG, GT]; // `--!>`; `-->` is accepted too

/** A comment whose text starts at `start`: ends at `-->` or `--!>`, or at once with `<!-->` / `<!--->`. */
function commentEnd(source: string, start: number): number {
  let matched = 0;
  for (let x = start; x < source.length; x++) {
    const c = source.charCodeAt(x);
    if (matched <= 1 && x === start + matched && c === GT) return x + 1;
    if (matched === 2 && c === GT) return x + 1;
    if (matched === 3 && c !== GT) matched = c === DASH ? 1 : 0;
    else if (c === COMMENT_END[matched]) {
      if (++matched === COMMENT_END.length) return x + 1;
    } else if (matched === 0) {
      const dash = source.indexOf('-', x + 1);
      if (dash === -1) return -1;
      x = dash;
      matched = 1;
    } else if (c !== COMMENT_END[matched - 1]) matched = 0;
  }
  return -1;
}
