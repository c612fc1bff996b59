import { describe, expect, test } from 'vitest';
import type { Block, TableBlock } from '../../../lib/report/model';
import { readText } from '../../../lib/report/readers/text';

const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('readText', () => {
  test('one cell per line: blank lines separate rows, continuation lines join header cells', () => {
    const src =
      '二、主动公开政府信息情况\n\t信息内容\n\t本年新\n制作数量\n\t本年新\n\n公开数量\n\t对外公开总数量\n\n\t规章\n\t\u3000\u30000\n\t\u00a00\n\t\u30000\n\n\n三、收到和处理政府信息公开申请情况\n';
    const blocks = readText(src);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(texts(tables(blocks)[0])).toEqual([
      ['信息内容', '本年新\n制作数量', '本年新\n公开数量', '对外公开总数量'],
      ['规章', '\u3000\u30000', '\u00a00', '\u30000'],
    ]);
  });

  test('a tab line holding only a no-break space is an empty cell, not a row break', () => {
    const src = '\t一、本年新收政府信息公开申请数量\n\t0\n\t0\n\t\u00a0\n\n\t二、上年结转\n\t1\n';
    const [t] = tables(readText(src));
    expect(texts(t)).toEqual([
      ['一、本年新收政府信息公开申请数量', '0', '0', '\u00a0'],
      ['二、上年结转', '1'],
    ]);
  });

  test('tab-separated rows keep their empty cells', () => {
    const [t] = tables(readText('规章\t0\t0\t0\n行政许可\t0\t\t\n'));
    expect(t.origin).toBe('tab-rows');
    expect(texts(t)).toEqual([
      ['规章', '0', '0', '0'],
      ['行政许可', '0', '', ''],
    ]);
  });

  test('Markdown: separators and page footers dropped, cells trimmed of padding only', () => {
    const src = '| 信息内容 | 本年新制作数量 |\n|---|---|\n| 规章 | 0 |\n— 2 —\n\n| 规范性文件 | 5 |\n';
    const [t] = tables(readText(src));
    expect(t.origin).toBe('markdown');
    expect(texts(t).map((r) => r.map((c) => c.trim()))).toEqual([
      ['信息内容', '本年新制作数量'],
      ['规章', '0'],
      ['规范性文件', '5'],
    ]);
  });

  test('plain lines with spaced or run-together numbers become rows; prose stays prose', () => {
    const src =
      '（一）予以公开 3 0 0 0 0 0 3\n一、本年新收政府信息公开申请数量801000081\n2019年1月8日\n我局通过网站公开信息423条。\n';
    const blocks = readText(src);
    const [t] = tables(blocks);
    expect(texts(t)).toEqual([
      ['（一）予以公开', '3', '0', '0', '0', '0', '0', '3'],
      ['一、本年新收政府信息公开申请数量', '801000081'],
    ]);
    expect(blocks.filter((b) => b.kind === 'paragraph').length).toBe(2);
  });

  test('cell spans point at the number in the source', () => {
    const src = '\t规章\n\t\u3000\u300012\n';
    const [t] = tables(readText(src));
    const cell = t.rows[0].cells[1];
    expect(src.slice(cell.span.offset, cell.span.offset + cell.span.length)).toBe('12');
  });

  test('CRLF line ends', () => {
    const [t] = tables(readText('规章\t1\t2\t3\r\n行政许可\t4\t5\t6\r\n'));
    expect(texts(t)).toEqual([
      ['规章', '1', '2', '3'],
      ['行政许可', '4', '5', '6'],
    ]);
  });
});
