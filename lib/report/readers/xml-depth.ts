/**
 * How deep the elements of an XML text nest, counted in one pass without recursion, for a part mammoth
 * would otherwise walk by recursion until the stack runs out. Comments, CDATA, the DOCTYPE and
 * processing instructions hold no elements; a ">" inside a quoted attribute value does not end a tag.
 */

const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const GT = 0x3e;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

export function xmlDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  for (let i = xml.indexOf('<'); i >= 0 && i < xml.length; i = xml.indexOf('<', i)) {
    const next = xml.charCodeAt(i + 1);
    if (next === SLASH) {
      if (depth > 0) depth--;
      i += 2;
    } else if (next === BANG || next === QUESTION) {
      i = pastMarkup(xml, i);
    } else {
      const end = tagEnd(xml, i + 1);
      // An empty element (<b/>) is one level deeper too, but closes at once.
      max = Math.max(max, depth + 1);
      if (xml.charCodeAt(end - 1) !== SLASH) depth++;
      i = end + 1;
    }
  }
  return max;
}

/** Past a comment, CDATA section, DOCTYPE or processing instruction starting at `i`. */
function pastMarkup(xml: string, i: number): number {
  const close = xml.startsWith('<!--', i)
    ? '-->'
    : xml.startsWith('<![CDATA[', i)
      ? ']]>'
      : xml.charCodeAt(i + 1) === QUESTION
        ? '?>'
        : '>';
  const at = xml.indexOf(close, i + 2);
  return at < 0 ? xml.length : at + close.length;
}

/** The ">" that ends the tag whose name starts at `i`, skipping quoted attribute values. */
function tagEnd(xml: string, i: number): number {
  let quote = 0;
  for (; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOSTROPHE) quote = c;
    else if (c === GT) return i;
  }
  return xml.length;
}
