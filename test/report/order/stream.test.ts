import { describe, expect, test } from 'vitest';
import type { Block } from '../../../lib/report/model';
import { streamOf } from '../../../lib/report/order';

const paragraph = (text: string, offset = 0): Block => ({
  kind: 'paragraph',
  text,
  span: { offset, length: text.length },
});
const numbersOf = (text: string) => streamOf([paragraph(text)], text).numbers.map((n) => n.raw);

describe('the stream keeps table values and drops prose numbers', () => {
  test.each([
    ['2021年，我局共收到申请3件', []],
    ['比例为17.46%，其中29 件', []],
    ['发布时间：2022-02-08 16:34', []],
    ['电话/传真：0591-23165370', []],
    ['见 www.pingtan.gov.cn/zwgk/202202/t20220208_80613.htm', []],
    ['国办公开办函〔2021〕30 号', []],
    ['行政许可 — 4 — 2293', ['2293']],
    ['第 3 页 共 7 页 行政处罚1282', ['1282']],
    ['一、本年新收政府信息公开申请数量640020470二、上年结转', ['640020470']],
    ['行政事业性收费24252.311082三、收到', ['24252.311082']],
  ])('%s → %j', (text, want) => {
    expect(numbersOf(text)).toEqual(want);
  });

  test("the next row's numbering joined to the digits before it stays with the words", () => {
    const text = '1.属于国家秘密00000002.其他法律行政法规禁止公开0000000';
    const s = streamOf([paragraph(text)], text);
    expect(s.numbers.map((n) => n.raw)).toEqual(['0000000', '0000000']);
    expect(s.text).toContain('2其他法律');
    expect(s.text.startsWith('1属于国家秘密')).toBe(true);
  });

  test('a run from prose may be several numbers; a table cell is one', () => {
    const cellText = '640020470';
    const blocks: Block[] = [
      {
        kind: 'table',
        origin: 'markdown',
        span: { offset: 0, length: 9 },
        rows: [
          {
            span: { offset: 0, length: 9 },
            cells: [{ text: cellText, span: { offset: 0, length: 9 }, colSpan: 1, rowSpan: 1 }],
          },
        ],
      },
    ];
    expect(streamOf(blocks, cellText).numbers[0].run).toBeNull();
    expect(streamOf([paragraph(cellText)], cellText).numbers[0].run).toBe('640020470');
  });

  test('every character and number points back into the source', () => {
    const source = '标题: X\n当前位置：首页 一、本年新收政府信息公开申请数量 64 0 70';
    const start = source.indexOf('当前');
    const s = streamOf([paragraph(source.slice(start), start)], source);
    for (const n of s.numbers) expect(source.slice(n.offset, n.offset + n.length)).toBe(n.raw);
    const at = s.text.indexOf('本年新收');
    expect(source.slice(s.offsets[at], s.offsets[at] + 4)).toBe('本年新收');
  });
});
