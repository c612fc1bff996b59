/**
 * Hostile constructions, put into real documents at random places: what an attacker or a broken
 * converter sends. Each is a string edit of an HTML page, a text, or a Word body's XML.
 */
import fc from 'fast-check';
import { position } from './mutations';

export type Hostile =
  | { kind: 'nest'; tag: 'div' | 'table' | 'span' | 'td'; depth: number; at: number }
  | { kind: 'hugeNumber'; digits: string; at: number }
  | { kind: 'twoLines'; sep: string; a: number; b: number; at: number }
  | { kind: 'span'; attr: 'colspan' | 'rowspan'; value: string; at: number }
  | { kind: 'entity'; entity: string; at: number }
  | { kind: 'longLine'; length: number; at: number }
  | { kind: 'manyTables'; count: number; at: number }
  | { kind: 'invisible'; char: string; at: number }
  | { kind: 'unclosed'; tag: string; count: number; at: number };

const digits = fc.stringMatching(/^[1-9]\d{15,400}$/);
const small = fc.integer({ min: 0, max: 99 });

export const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  fc.record({
    kind: fc.constant('nest' as const),
    tag: fc.constantFrom('div' as const, 'table' as const, 'span' as const, 'td' as const),
    depth: fc.integer({ min: 10, max: 20_000 }),
    at: position,
  }),
  fc.record({ kind: fc.constant('hugeNumber' as const), digits, at: position }),
  fc.record({
    kind: fc.constant('twoLines' as const),
    sep: fc.constantFrom('<br>', '</p><p>', '</div><div>', '\n', '\r\n', '<br/>', '\u2028'),
    a: small,
    b: small,
    at: position,
  }),
  fc.record({
    kind: fc.constant('span' as const),
    attr: fc.constantFrom('colspan' as const, 'rowspan' as const),
    value: fc.constantFrom('0', '-1', '65535', '999999999', '1e9', 'NaN', '2.5', ''),
    at: position,
  }),
  fc.record({
    kind: fc.constant('entity' as const),
    entity: fc.constantFrom(
      '&#0;',
      '&#x110000;',
      '&#xD800;',
      '&#99999999999;',
      '&amp',
      '&#65301;',
      '&nbsp;&nbsp;',
      '&#12288;',
    ),
    at: position,
  }),
  fc.record({
    kind: fc.constant('longLine' as const),
    length: fc.integer({ min: 10_000, max: 400_000 }),
    at: position,
  }),
  fc.record({ kind: fc.constant('manyTables' as const), count: fc.integer({ min: 10, max: 2_000 }), at: position }),
  fc.record({
    kind: fc.constant('invisible' as const),
    char: fc.constantFrom('\u200b', '\u200e', '\u202e', '\ufeff', '\u00ad', '\u3000', '\u0000'),
    at: position,
  }),
  fc.record({
    kind: fc.constant('unclosed' as const),
    tag: fc.constantFrom('<td>', '<tr>', '<table>', '<p>', '<a href="x">', '<script>', '<style>', '<!--', '<![CDATA['),
    count: fc.integer({ min: 1, max: 500 }),
    at: position,
  }),
);

/** The hostile construction as text for a page (HTML) or for plain text. */
function construct(h: Hostile, html: boolean): string {
  switch (h.kind) {
    case 'nest':
      return html ? `${`<${h.tag}>`.repeat(h.depth)}1${`</${h.tag}>`.repeat(h.depth)}` : '（'.repeat(h.depth);
    case 'hugeNumber':
      return html ? `<td>${h.digits}</td>` : `\t${h.digits}\t新浪微博共发布各类消息${h.digits}篇`;
    case 'twoLines':
      return html ? `<td>${h.a}${h.sep}${h.b}</td>` : `${h.a}${h.sep.startsWith('<') ? '\n' : h.sep}${h.b}`;
    case 'span':
      return html ? `<td ${h.attr}="${h.value}">5</td>` : '';
    case 'entity':
      return html ? h.entity : h.entity.replace(/&/g, '＆');
    case 'longLine':
      return '政府信息公开1 2 3 '.repeat(Math.ceil(h.length / 14)).slice(0, h.length);
    case 'manyTables':
      return html ? '<table><tr><td>（一）</td><td>1</td></tr></table>'.repeat(h.count) : '（一）\t1\n'.repeat(h.count);
    case 'invisible':
      return h.char;
    case 'unclosed':
      return html ? h.tag.repeat(h.count) : '';
  }
}

/** The text with the construction put in at a place that depends on `at`. */
export function applyHostile(text: string, h: Hostile, html: boolean): string {
  const at = text.length === 0 ? 0 : h.at % text.length;
  return text.slice(0, at) + construct(h, html) + text.slice(at);
}

/** Word XML: the same constructions in Word's own elements (nested tables and runs, huge numbers, split cells). */
export function applyHostileXml(xml: string, h: Hostile): string {
  const at = xml.search(/<w:body>/) + 8 + (h.at % Math.max(1, xml.length - xml.search(/<w:body>/) - 8));
  // Only at an element boundary, so the XML stays well formed where the edit means it to.
  const cut = xml.lastIndexOf('<', at);
  const place = cut > xml.search(/<w:body>/) ? cut : xml.search(/<w:body>/) + 8;
  const t = (s: string) => `<w:r><w:t>${s}</w:t></w:r>`;
  let piece: string;
  switch (h.kind) {
    case 'nest':
      piece =
        h.tag === 'table' || h.tag === 'td'
          ? '<w:tbl><w:tr><w:tc>'.repeat(Math.min(h.depth, 5_000)) +
            `<w:p>${t('1')}</w:p>` +
            '</w:tc></w:tr></w:tbl>'.repeat(Math.min(h.depth, 5_000))
          : `${'<w:p><w:r>'.repeat(h.depth)}<w:t>1</w:t>${'</w:r></w:p>'.repeat(h.depth)}`;
      break;
    case 'hugeNumber':
      piece = `<w:p>${t(h.digits)}</w:p>`;
      break;
    case 'twoLines':
      piece = `<w:p>${t(String(h.a))}<w:r><w:br/></w:r>${t(String(h.b))}</w:p>`;
      break;
    case 'manyTables':
      piece =
        `<w:tbl><w:tr><w:tc><w:p>${t('（一）')}</w:p></w:tc><w:tc><w:p>${t('1')}</w:p></w:tc></w:tr></w:tbl>`.repeat(
          h.count,
        );
      break;
    case 'longLine':
      piece = `<w:p>${t(construct(h, false))}</w:p>`;
      break;
    case 'unclosed':
      piece = h.tag.startsWith('<!') ? h.tag : '<w:p>'.repeat(h.count);
      break;
    default:
      piece = `<w:p>${t(construct(h, false).replace(/[<&]/g, ''))}</w:p>`;
  }
  return xml.slice(0, place) + piece + xml.slice(place);
}
