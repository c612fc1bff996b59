import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../../lib/report/decode';
import type { Block } from '../../../lib/report/model';
import { readByOrder, streamEndFor, streamOf } from '../../../lib/report/order';
import { readTextAndLines } from '../../../lib/report/readers/text';

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

describe('a stream for table 2 alone ends after table 3 opens', () => {
  const end = streamEndFor(new Set(['table2'] as const));

  test('only table 2 read: an end; more tables: the whole stream', () => {
    expect(end).toBeDefined();
    expect(streamEndFor(new Set(['table2', 'table3'] as const))).toBeUndefined();
    expect(streamEndFor(new Set(['table3'] as const))).toBeUndefined();
  });

  test('it stops after the block where the cue is complete, also a cue split over two blocks', () => {
    const lines = [
      '第二十条第一项 信息内容 本年制发件数',
      '规章 3 4 5',
      '三、收到和处理政府信息公开申请情况 申请人',
      '情况 自然人 1 2',
      '本年新收 5 6',
      '四、行政复议 7 8',
    ];
    let at = 0;
    const blocks = lines.map((l) => {
      const b = paragraph(l, at);
      at += l.length + 1;
      return b;
    });
    const source = lines.join('\n');
    const whole = streamOf(blocks, source);
    const cut = streamOf(blocks, source, end);
    expect(cut.text).toBe(whole.text.slice(0, cut.text.length));
    expect(cut.text).toContain('申请人情况');
    expect(cut.text).not.toContain('本年新收');
    expect(cut.numbers.map((n) => n.raw)).toEqual(['3', '4', '5', '1', '2']);
    expect(whole.numbers.slice(0, cut.numbers.length)).toEqual(cut.numbers);
  });

  test("a cue of table 3 before table 2's opening does not end it", () => {
    const lines = ['本年新收 1 2', '第二十条第一项 信息内容 规章 3 4', '本年新收 5', '四、行政复议 9'];
    let at = 0;
    const blocks = lines.map((l) => {
      const b = paragraph(l, at);
      at += l.length + 1;
      return b;
    });
    const cut = streamOf(blocks, lines.join('\n'), end);
    expect(cut.numbers.map((n) => n.raw)).toEqual(['1', '2', '3', '4', '5']);
  });

  test.each(['003-runtogether.txt', 'broken-sum.txt', 'runtogether-ambiguous.txt', '001-bom.txt'])(
    '%s: table 2 read from the shorter stream as from the whole',
    (name) => {
      const source = decodeBytes(readFileSync(new URL(`../../fixtures/forms/${name}`, import.meta.url))).text;
      const { blocks } = readTextAndLines(source);
      const only2 = new Set(['table2'] as const);
      const [cut, whole] = [streamOf(blocks, source, end).text.length, streamOf(blocks, source).text.length];
      // runtogether-ambiguous.txt is one run of text: it ends where the whole stream does.
      if (name === 'runtogether-ambiguous.txt') expect(cut).toBe(whole);
      else expect(cut).toBeLessThan(whole * 0.7);
      for (const template of ['2019', '2021'] as const)
        expect(readByOrder(streamOf(blocks, source, end), template, only2)).toEqual(
          readByOrder(streamOf(blocks, source), template, only2),
        );
    },
  );
});
