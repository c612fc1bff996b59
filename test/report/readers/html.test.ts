import { describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock, SourceSpan, TableBlock } from '../../../lib/report/model';
import { readHtml } from '../../../lib/report/readers/html';
import { parseSpanAttr } from '../../../lib/report/readers/html-table';

const at = (source: string, span: SourceSpan) => source.slice(span.offset, span.offset + span.length);
const kinds = (blocks: Block[]) => blocks.map((b) => b.kind);
const texts = (blocks: Block[]) => blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => b.text);
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const grid = (table: TableBlock) => table.rows.map((r) => r.cells.map((c) => c.text));

describe('readHtml: paragraphs', () => {
  it('reads a bare fragment into paragraphs whose spans point at their text', () => {
    const src = '<p>一、总体情况</p>\n<p>  本机关认真贯彻落实。 </p>';
    const blocks = readHtml(src);
    expect(texts(blocks)).toEqual(['一、总体情况', '本机关认真贯彻落实。']);
    expect(blocks.map((b) => at(src, b.span))).toEqual(['一、总体情况', '本机关认真贯彻落实。']);
  });

  it('keeps only body text of a whole page: no head, script, style, noscript, select, svg or comments', () => {
    const src = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县年报</title>
      <style>p { color: red }</style><script>var a = "<p>脚本</p>";</script>
      <!--[if gte mso 9]><xml><o:DocumentProperties>作者</o:DocumentProperties></xml><![endif]--></head>
      <body><div class="nav"><ul><li><a href="/">首页</a></li><li>信息公开</li></ul></div>
      <noscript>请启用脚本</noscript><select><option>站群<option>导航</select>
      <svg><text>图标</text></svg><template><p>模板</p></template>
      <div class="TRS_Editor"><p class="MsoNormal"><span lang="EN-US">一、总体情况<o:p></o:p></span></p>
      <p class="MsoNormal"><![if !supportLists]><span>1.</span><![endif]><span>主动公开</span><o:p>&nbsp;</o:p></p>
      <!-- 注释 --></div><script src="x.js"></script><div class="footer">版权所有</div></body></html>`;
    expect(texts(readHtml(src))).toEqual(['首页', '信息公开', '一、总体情况', '1.主动公开\u00a0', '版权所有']);
  });

  it('recovers from unclosed <head>, <select> and <option> without losing text', () => {
    expect(texts(readHtml('<html><head><title>标题</title><meta x><p>正文</p>'))).toEqual(['正文']);
    const src = '<table><tr><td><select><option>A<option>B<td>7</td></tr></table><select><option>C</select>尾';
    const blocks = readHtml(src);
    expect(grid(tables(blocks)[0])).toEqual([['', '7']]);
    expect(texts(blocks)).toEqual(['尾']);
    expect(texts(readHtml('<option>选项<p>段落</p>'))).toEqual(['段落']);
    expect(texts(readHtml('<script/>var a = "<p>x</p>";</script><p>正文</p>'))).toEqual(['正文']);
  });

  it('joins a label split across inline tags and breaks at block tags and <br>', () => {
    const src = '<p><span>三、本年度</span><span>办理结果</span></p><div>甲<b>乙</b><br>丙</div><h2>丁</h2>';
    expect(texts(readHtml(src))).toEqual(['三、本年度办理结果', '甲乙', '丙', '丁']);
  });

  it('collapses ASCII whitespace, keeps nbsp and U+3000, drops blank paragraphs', () => {
    const src = '<p>&nbsp;&nbsp;一、\n\t  总体　情况  </p><p>&nbsp;</p><p> \u3000 </p><p>\n</p>';
    const blocks = readHtml(src);
    expect(texts(blocks)).toEqual(['\u00a0\u00a0一、 总体　情况']);
    expect(at(src, blocks[0].span)).toBe('&nbsp;&nbsp;一、\n\t  总体　情况');
  });

  it('decodes entities', () => {
    const src = '<p>A&amp;B &#20013;&#x6587; &lt;表&gt;</p><table><tr><td>&#49;&#50;</td></tr></table>';
    const blocks = readHtml(src);
    expect(texts(blocks)).toEqual(['A&B 中文 <表>']);
    const cell = tables(blocks)[0].rows[0].cells[0];
    expect(cell.text).toBe('12');
    expect(at(src, cell.span)).toBe('&#49;&#50;');
  });

  it('decodes entities by the HTML spec legacy rules: without semicolon, not at all, or cut off by the page end', () => {
    const src = '<p>&notit; &amp &ampx &nbspX &copy2020 a&b &#x; &#0; &#65 &; a && &&amp; &NotAnEntity;&AMP;</p>';
    expect(texts(readHtml(src))).toEqual(['¬it; & &x \u00a0X ©2020 a&b &#x; \ufffd A &; a && && &NotAnEntity;&']);
    const cutOff = '<p>结尾&#x4e2d';
    const [block] = readHtml(cutOff);
    expect(block.kind === 'paragraph' && block.text).toBe('结尾中');
    expect(at(cutOff, block.span)).toBe('结尾&#x4e2d');
    expect(texts(readHtml('<p>结尾&amp'))).toEqual(['结尾&']);
    expect(texts(readHtml('<pre>甲&amp;乙\n丙&lt;</pre>'))).toEqual(['甲&乙', '丙<']);
  });

  it('decodes entities in colspan and rowspan values', () => {
    const [table] = tables(
      readHtml('<table><tr><td colspan="&#50;">x</td><td rowspan=&#51;>y</td><td colspan="2&amp;">z</td></tr></table>'),
    );
    expect(table.rows[0].cells.map((c) => [c.colSpan, c.rowSpan])).toEqual([
      [2, 1],
      [1, 3],
      [2, 1],
    ]);
  });

  it('ends a paragraph at each newline inside <pre>', () => {
    expect(texts(readHtml('<pre>第一行\n第二行  x\n\n</pre>'))).toEqual(['第一行', '第二行 x']);
  });
});

describe('readHtml: tables', () => {
  it('reads rows and cells with spans pointing at the numbers', () => {
    const src =
      '<table>\n<tr><td>自然人</td><td> 80 </td></tr>\n<tr><td>法人</td><td><span>1</span></td></tr>\n</table>';
    const [table] = tables(readHtml(src));
    expect(grid(table)).toEqual([
      ['自然人', '80'],
      ['法人', '1'],
    ]);
    expect(at(src, table.rows[1].cells[1].span)).toBe('1');
    expect(at(src, table.rows[0].cells[1].span)).toBe('80');
    expect(at(src, table.rows[0].span)).toBe('<tr><td>自然人</td><td> 80 </td></tr>');
    expect(at(src, table.span)).toBe(src);
  });

  it('gives &nbsp;-only cells the text "\\u00a0" and empty cells "" at their tag', () => {
    const src = '<table><tr><td>&nbsp;</td><td></td><td> </td><td><p><o:p>&nbsp;</o:p></p></td></tr></table>';
    const cells = tables(readHtml(src))[0].rows[0].cells;
    expect(cells.map((c) => c.text)).toEqual(['\u00a0', '', '', '\u00a0']);
    expect(at(src, cells[0].span)).toBe('&nbsp;');
    expect(cells[1].span).toEqual({ offset: src.indexOf('<td></td>'), length: 0 });
    expect(cells[2].span).toEqual({ offset: src.indexOf('<td> </td>'), length: 0 });
  });

  it('keeps rowspan/colspan as written without expanding them into a grid', () => {
    const src = `<table><tr><th rowspan="2" colspan=3>申请情况</th><th COLSPAN="7">申请人情况</th></tr>
      <tr><td>自然人</td><td colspan="2px">法人</td><td rowspan="x">其他</td></tr></table>`;
    const [table] = tables(readHtml(src));
    expect(table.rows.map((r) => r.cells.length)).toEqual([2, 3]);
    expect(table.rows[0].cells.map((c) => [c.colSpan, c.rowSpan])).toEqual([
      [3, 2],
      [7, 1],
    ]);
    expect(table.rows[1].cells.map((c) => [c.colSpan, c.rowSpan])).toEqual([
      [1, 1],
      [2, 1],
      [1, 1],
    ]);
  });

  it('joins lines inside a cell with "\\n"', () => {
    const src = '<table><tr><td>本年新<br>制作数量</td><td><p>本年</p>\n<p><span>废止</span>数量</p></td></tr></table>';
    expect(grid(tables(readHtml(src))[0])).toEqual([['本年新\n制作数量', '本年\n废止数量']]);
  });

  it('closes unclosed td, tr and p without losing or moving text', () => {
    const src = '<p>前言<table><tr><td>项目<td><p>数量<tr><td>甲<p>说明<td>12<tbody><tr><td>乙<td>3</table><p>后记';
    const blocks = readHtml(src);
    expect(kinds(blocks)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(texts(blocks)).toEqual(['前言', '后记']);
    const [table] = tables(blocks);
    expect(grid(table)).toEqual([
      ['项目', '数量'],
      ['甲\n说明', '12'],
      ['乙', '3'],
    ]);
    expect(at(src, table.rows[1].cells[1].span)).toBe('12');
  });

  it('is not closed by stray end tags of inline or block elements inside it', () => {
    const src = '<span><div><table><tr><td>1</span></td><td>2</div></td></tr><tr><td>3</td></tr></table>尾</div>';
    const blocks = readHtml(src);
    expect(grid(tables(blocks)[0])).toEqual([['1', '2'], ['3']]);
    expect(texts(blocks)).toEqual(['尾']);
  });

  it('drops rows without cells and puts captions and stray table text before the table', () => {
    const src = '<table><caption>表一</caption><tr></tr><tr><td>1</td></tr>杂项</table>';
    const blocks = readHtml(src);
    expect(kinds(blocks)).toEqual(['paragraph', 'paragraph', 'table']);
    expect(texts(blocks)).toEqual(['表一', '杂项']);
    expect(tables(blocks)[0].rows).toHaveLength(1);
  });

  it('reads two data tables in one section in order', () => {
    const src =
      '<p>二、主动公开</p><table><tr><td>规章</td><td>1</td></tr></table><table><tr><td>行政许可</td><td>2</td></tr></table><p>三、</p>';
    const blocks = readHtml(src);
    expect(kinds(blocks)).toEqual(['paragraph', 'table', 'table', 'paragraph']);
    expect(tables(blocks).map(grid)).toEqual([[['规章', '1']], [['行政许可', '2']]]);
  });

  it('a <table> directly inside a table (not in a cell) closes the first table', () => {
    const src = '<table><tr><td>1</td></tr><table><tr><td>2</td></tr></table>';
    expect(tables(readHtml(src)).map(grid)).toEqual([[['1']], [['2']]]);
  });
});

describe('readHtml: layout tables', () => {
  it('emits a layout table wrapping the report as paragraphs with the data table in place', () => {
    const src = `<table width="100%"><tr><td><div class="nav">首页 &gt; 信息公开</div></td></tr>
      <tr><td><p>一、总体情况</p><p>本年度……</p>
        <table border="1"><tr><td>收到申请</td><td>5</td></tr></table>
        <p>四、存在问题</p></td><td>侧栏</td></tr></table><p>页脚</p>`;
    const blocks = readHtml(src);
    expect(kinds(blocks)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'table',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(texts(blocks)).toEqual(['首页 > 信息公开', '一、总体情况', '本年度……', '四、存在问题', '侧栏', '页脚']);
    const [table] = tables(blocks);
    expect(grid(table)).toEqual([['收到申请', '5']]);
    expect(at(src, table.rows[0].cells[1].span)).toBe('5');
    expect(at(src, blocks[1].span)).toBe('一、总体情况');
  });

  it('handles layout tables nested two deep', () => {
    const src =
      '<table><tr><td><table><tr><td>甲<table><tr><td>1</td><td>2</td></tr></table>乙</td></tr></table></td></tr></table>';
    const blocks = readHtml(src);
    expect(kinds(blocks)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(texts(blocks)).toEqual(['甲', '乙']);
  });

  it('keeps a data table whose cell holds only an empty spacer table', () => {
    const blocks = readHtml('<table><tr><td>1<table><tr></tr></table></td><td>2</td></tr></table>');
    expect(kinds(blocks)).toEqual(['table']);
    expect(grid(tables(blocks)[0])).toEqual([['1', '2']]);
  });

  it('treats a narrow table with a long prose cell as layout, but not a wide one', () => {
    const prose = '本机关'.repeat(101);
    const narrow = readHtml(`<table><tr><td>说明</td><td><p>${prose}</p><p>&nbsp;</p></td></tr></table>`);
    expect(kinds(narrow)).toEqual(['paragraph', 'paragraph']);
    expect(texts(narrow)).toEqual(['说明', prose]);
    const wide = readHtml(`<table><tr><td>a</td><td>b</td><td>c</td><td>${prose}</td></tr></table>`);
    expect(kinds(wide)).toEqual(['table']);
    const short = readHtml('<table><tr><td>本年度</td></tr></table>');
    expect(kinds(short)).toEqual(['table']);
  });
});

describe('parseSpanAttr', () => {
  it.each([
    ['2', 2],
    [' 3 ', 3],
    ['2px', 2],
    ['+4', 4],
    ['', 1],
    ['x', 1],
    ['0', 1],
    ['-2', 1],
    ['99999', 1000],
  ])('%j → %i', (value, expected) => {
    expect(parseSpanAttr(value, 1000)).toBe(expected);
  });
});
