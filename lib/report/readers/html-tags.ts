/** Tag classes the HTML reader cares about; every other tag is inline and joins text without a break. */

/** Elements whose content is never report text. */
export const SKIPPED = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'select', 'option', 'datalist',
  'svg', 'math', 'textarea', 'iframe', 'noembed', 'noframes', 'xml',
]);

/** Elements the tokenizer reads as raw text up to their end tag, even when written `<script/>`. */
export const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'iframe', 'noembed', 'noframes']);

/** What may sit in `<head>`; any other start tag means the body began without `</head>`. */
export const HEAD_CONTENT = new Set([
  'title', 'meta', 'link', 'style', 'script', 'base', 'basefont', 'bgsound', 'noscript', 'template', 'xml',
]);

/** Start tags that end an unclosed `<select>` (as the HTML spec's "in select in table" mode does). */
export const SELECT_ENDERS = new Set([
  'select', 'input', 'keygen', 'textarea', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

/** Elements that start a new line of text when they open or close. */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p',
  'plaintext', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'xmp',
]);
