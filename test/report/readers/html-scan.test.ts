/**
 * html-scan.ts must tokenize exactly as htmlparser2's Tokenizer did for the reader (HTML mode, entities
 * left undecoded): the same text runs, tags, attributes and end tags at the same offsets, on broken
 * markup too. Compared event for event on nasty inputs and on random ones; the tag ids checked apart.
 */
import { Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../../lib/report/readers/html-scan';
import { A, PLAINTEXT, TABLE, TAG_NAMES, TD, TR, tagId } from '../../../lib/report/readers/html-tags';
import { readHtml } from '../../../lib/report/readers/html';
import { mulberry32 } from '../../../lib/synth/prng';

/** htmlparser2's events in the scanner's terms: T text, S start tag, A attribute, E `>` (1: `/>`), C end tag. */
function libraryEvents(src: string): string[] {
  const out: string[] = [];
  let name = [0, 0];
  let value: number[] | null = null;
  const skip = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      ontext: (s, e) => out.push(`T ${s} ${e}`),
      onopentagname: (s, e) => out.push(`S ${tagId(src, s, e)} ${s} ${e}`),
      onattribname: (s, e) => {
        name = [s, e];
        value = null;
      },
      onattribdata: (s, e) => {
        value = value ? [value[0], e] : [s, e];
      },
      onattribend: () => {
        const [vs, ve] = value ?? [name[1], name[1]];
        out.push(`A ${name[0]} ${name[1]} ${vs} ${ve}`);
      },
      onopentagend: () => out.push('E 0'),
      onselfclosingtag: () => out.push('E 1'),
      onclosetag: (s, e) => out.push(`C ${tagId(src, s, e)} ${s} ${e}`),
      ontextentity: skip,
      onattribentity: skip,
      oncomment: skip,
      oncdata: skip,
      ondeclaration: skip,
      onprocessinginstruction: skip,
      onend: skip,
    },
  );
  tokenizer.write(src);
  tokenizer.end();
  return out;
}

function scannerEvents(src: string): string[] {
  const out: string[] = [];
  scanHtml(src, {
    text: (s, e) => out.push(`T ${s} ${e}`),
    startTag: (tag, s, e) => {
      out.push(`S ${tag} ${s} ${e}`);
      return true;
    },
    attribute: (ns, ne, vs, ve) => out.push(`A ${ns} ${ne} ${vs} ${ve}`),
    startTagEnd: (selfClosing) => out.push(`E ${selfClosing ? 1 : 0}`),
    endTag: (tag, s, e) => out.push(`C ${tag} ${s} ${e}`),
  });
  return out;
}

const NASTY = [
  '',
  'plain text, no markup',
  '<p>一、总体情况</p>',
  '<TD COLSPAN=2 RowSpan="3" x=\'y\'>7</Td>',
  '<td colspan = "2" rowspan=3>1</td><td colspan=>2</td><td colspan>3</td>',
  '<a href=/x/>link</a><a b/>c</a><a b=c />d<a / >e',
  '<div title="a>b" class=\'c>d\'>text</div>',
  '<p class="unterminated>text</p><p>next</p>',
  'a < b and c<d> e <<f> 3<5 <',
  '<br/><br /><br/ ><BR>',
  '<table><!-- <tr><td>hidden</td></tr> --><tr><td>1</td></tr></table>',
  '<!----><!---><!--><!-- a --!> b --> c <!-- -- > --->d',
  '<![CDATA[ <td>x</td> ]]>after<![CDATA[ unclosed',
  '<![CDAT>bogus</x><!DOCTYPE html><!doc><!d><!x y><!>',
  '<?xml version="1.0"?><?php echo 1 ?>after',
  '</ x>text</>more</3>done</td >end</tr\n>',
  '<script>var s = "<p>x</p>"; if (a < b) {} </scripts></script >after',
  '<SCRIPT type=x>a</Script>b<style>p{}</STYLE>c<title>T &amp; t</title>d',
  '<script/>var a = 1;</script><textarea>x</textarea x><xmp><b>raw</b></xmp>',
  '<iframe><p>x</iframe><noembed>y</noembed><noframes>z</noframes><noscript><p>n</p></noscript>',
  '<plaintext>everything </plaintext> <p>is text',
  '<script>\u001c/script>x<\u000fscript> still </script>y',
  '<title>a\u001c/title>b</title>c',
  '<lin\u212a rel=x><bloc\u212aquote>q</blockquote>',
  '<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>',
  '&nbsp;&amp;&lt;&#20013;&#x6587;&copy&notanentity; &',
  '<p>cut inside an attribute <td colspan="2',
  '<p>cut after a slash <br/',
  '<p>cut after an end tag name </p ',
  '<p>cut inside a special name <scr',
  '<p>cut after a special name <script',
  '<p>cut inside an end tag name </tab',
  '<p>cut after a bang <!',
  '<p>cut in a comment <!-- abc',
  '<p>cut after lt <',
  '<p>cut after lt slash </',
  '<script>cut in raw text </scr',
  '<h1>one</h1><H6>six</H6><h7>seven</h7>',
];

describe('scanHtml tokenizes as htmlparser2 did', () => {
  it.each(NASTY.map((src) => [src]))('%j', (src) => {
    expect(scannerEvents(src)).toEqual(libraryEvents(src));
  });

  it('on random strings of markup pieces', () => {
    const pieces = [
      '<',
      '<',
      '>',
      '/',
      '!',
      '-',
      '--',
      '?',
      '=',
      '"',
      "'",
      ' ',
      '\n',
      'a',
      'td',
      'TD',
      'script',
      'style',
      'title',
      'textarea',
      'xmp',
      'plaintext',
      'noembed',
      'noframes',
      'p',
      'br',
      'colspan',
      '2',
      '&',
      '[CDATA[',
      ']]>',
      '-->',
      '--!>',
      '<!--',
      'doctype',
      '\u001c',
      '\u000f',
      '</',
      '\u212a',
      'h1',
      '中',
    ];
    const random = mulberry32(21);
    for (let k = 0; k < 5000; k++) {
      let src = '';
      const length = 1 + Math.floor(random() * 30);
      for (let i = 0; i < length; i++) src += pieces[Math.floor(random() * pieces.length)];
      expect(scannerEvents(src), JSON.stringify(src)).toEqual(libraryEvents(src));
    }
  });

  it("reports the htmlparser2 quirks the reader's output depends on", () => {
    expect(scannerEvents('x<br/')).toEqual(['T 0 1', `S ${tagId('br', 0, 2)} 2 4`, 'T -1 5']);
    expect(scannerEvents('<scr')).toEqual(['T 1 4']);
    expect(scannerEvents('<div')).toEqual([]);
  });
});

describe('tagId', () => {
  it('finds a tag by its name in any case, digits included', () => {
    expect(tagId('<TABLE>', 1, 6)).toBe(TABLE);
    expect(tagId('td', 0, 2)).toBe(TD);
    expect(tagId('Tr', 0, 2)).toBe(TR);
    expect(tagId('a', 0, 1)).toBe(A);
    expect(tagId('PlainText', 0, 9)).toBe(PLAINTEXT);
    expect(TAG_NAMES[tagId('H3', 0, 2)]).toBe('h3');
  });

  it('gives 0 to every other tag, long and odd names too', () => {
    for (const name of ['span', 'h7', 'tdx', 'abbr', 'tablexxxxxxxx', 'td:x', 'o:p', 'tr中'])
      expect(tagId(name, 0, name.length)).toBe(0);
  });

  it('lower-cases as toLowerCase does: KELVIN SIGN is a k', () => {
    expect(TAG_NAMES[tagId('lin\u212a', 0, 4)]).toBe('link');
  });

  it('has an id for each name, in both directions', () => {
    for (let id = 1; id < TAG_NAMES.length; id++) expect(tagId(TAG_NAMES[id], 0, TAG_NAMES[id].length)).toBe(id);
  });
});

describe('readHtml on broken markup', () => {
  const grid = (src: string) =>
    readHtml(src).flatMap((b) =>
      b.kind === 'table' ? [b.rows.map((r) => r.cells.map((c) => [c.text, c.colSpan, c.rowSpan]))] : [],
    );

  it('reads cells of unclosed, upper-case, unquoted and commented tables', () => {
    expect(grid('<TABLE><TR><TD COLSPAN=2>合计<td>5<!-- <td>9</td> --><TR><td rowspan="2 ">1<td>2</table>')).toEqual([
      [
        [
          ['合计', 2, 1],
          ['5', 1, 1],
        ],
        [
          ['1', 1, 2],
          ['2', 1, 1],
        ],
      ],
    ]);
  });

  it('keeps a `>` inside a quoted attribute out of the text', () => {
    const blocks = readHtml('<p title="a>b">正文</p><p class=\'c>d\'>二</p>');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['正文', '二']);
  });

  it('reads a page cut off inside a tag without losing what came before', () => {
    const blocks = readHtml('<p>一、总体情况</p><p>二<td colspan="2');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['一、总体情况', '二']);
  });
});
