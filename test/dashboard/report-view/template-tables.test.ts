/**
 * The agency page's template tables and source view, rendered to static HTML as the server sends them:
 * numbers link to their cell, blanks are '—' and never 0, the selected span is marked, and a hostile
 * source is shown as text, never as markup.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../lib/report';
import type { ParsedReport } from '../../../lib/report/types';
import { LONG_SOURCE, sourceWindow } from '../../../lib/dashboard/report-view/source-window';
import { SourceView, type SourceViewProps } from '../../../app/agency/[id]/source-view';
import { TemplateTables } from '../../../app/agency/[id]/template-tables';

const SAMPLES = path.resolve(__dirname, '../../../db/samples');
const read = (file: string) => parseDocument(readFileSync(path.join(SAMPLES, file)), file);
const seed000 = read('000_1552932f4d23b490.txt'); // 2019 form, every cell filled
const seed001 = read('001_a164060509a28f52.txt'); // 2019 form, blank 合计 cells and short rows
const seed002 = read('002_f5ed227d78862500.txt'); // 2021 form

const cellHref = (p: string) => `/agency/7?year=2020&cell=${encodeURIComponent(p)}#source`;
const tables = (report: ParsedReport, highlighted?: string, locale: 'zh' | 'en' = 'zh') =>
  renderToStaticMarkup(createElement(TemplateTables, { report, locale, cellHref, highlighted }));
const source = (props: Partial<SourceViewProps> & { text: string }) =>
  renderToStaticMarkup(createElement(SourceView, { fileName: 'r.html', format: 'html', locale: 'zh', ...props }));

/** The <td> that holds a path's value. */
const cellOf = (html: string, p: string) =>
  new RegExp(`<td[^>]*data-path="${p.replace(/[.[\]]/g, '\\$&')}"[^>]*>.*?</td>`).exec(html)?.[0];

describe('TemplateTables', () => {
  test('three template tables; every number links to its cell and the #source anchor', () => {
    const html = tables(seed000.report);
    expect(html.match(/<table class="template-table">/g)).toHaveLength(3);
    for (const p of ['table2.normativeDocs[1]', 'table3.total.total', 'table4.review.corrected']) {
      expect(cellOf(html, p)).toContain(`href="${cellHref(p).replace(/&/g, '&amp;')}"`);
    }
    const links = html.match(/<a href="[^"]*cell=/g) ?? [];
    expect(links.length).toBe(Object.keys(seed000.report.provenance).filter((p) => /^table[234]/.test(p)).length);
    expect(html).toContain('三、本年度办理结果');
    expect(html).toMatch(/<th rowspan="20"[^>]*>三、本年度办理结果/i);
  });

  test('a blank cell shows — with class null and a title, never 0 and never a link', () => {
    const html = tables(seed001.report);
    const td = cellOf(html, 'table3.newReceived.total');
    expect(td).toMatch(/class="null"/);
    expect(td).toContain('—');
    expect(td).toContain('空白或无法读取');
    expect(td).not.toMatch(/>0</);
    expect(td).not.toContain('<a ');
  });

  test('findings mark their cell, their row label and their table, titled in the page language (issue 18)', () => {
    const html = tables(seed001.report);
    expect(cellOf(html, 'table3.newReceived.total')).toMatch(
      /class="sev-warning" title="单元格为空，表中保留为空值而非 0/,
    );
    expect(html).toMatch(/（一）予以公开<span class="sev-warning" title="行内数值少于列数/);
    expect(html).toMatch(/三、收到和处理政府信息公开申请情况<span class="sev-info" title="标签用词与模板不同/);
    // The parser's own English lines are in the findings list's details, not in a Chinese page's titles.
    expect(html).not.toMatch(/title="[^"]*kept as null/);
    expect(cellOf(tables(seed001.report, undefined, 'en'), 'table3.newReceived.total')).toMatch(
      /class="sev-warning" title="Blank cell, kept as null/,
    );
  });

  test('the highlighted cell is outlined, and only that one', () => {
    const html = tables(seed000.report, 'table3.total.total');
    expect(cellOf(html, 'table3.total.total')).toMatch(/style="outline:2px solid/);
    expect(html.match(/aria-current="location"/g)).toHaveLength(1);
  });

  test('the 2021 form in English, with its three （六） rows', () => {
    const html = tables(seed002.report, undefined, 'en');
    expect(html).toContain('2021 form');
    expect(html).toContain('Applicant did not pay the fee');
    expect(cellOf(html, 'table3.otherMisc.total')).toContain('cell=table3.otherMisc.total');
    expect(cellOf(html, 'table2.fees[0]')).toMatch(/colSpan="3"/i);
  });

  test('an unknown version is drawn as 2021, and numbers without a place are still listed', () => {
    const report = { ...seed000.report, template: null };
    const html = tables(report);
    expect(html).toContain('未能识别表格版本');
    expect(html).toContain('表外数字');
    expect(html).toContain('<code>table3.other.total</code>');
    expect(html).toContain('<code>table2.procurement[1]</code>');
  });
});

describe('SourceView', () => {
  const hostile = '<p>before</p><script>alert(1)</script><img src=x onerror=alert(2)> 42 after';
  const at = hostile.indexOf('42');

  test('hostile markup is shown as text; the span is inside <mark>', () => {
    const html = source({ text: hostile, span: { offset: at, length: 2, line: 1 } });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/<pre class="source-text" id="source"[^>]*>/);
    expect(html).toMatch(/<mark[^>]*>42<\/mark>/);
    expect(html).toContain('第 1 行');
    expect(html).toContain('按文字原样显示');
  });

  test("the seed text with a cell's provenance marks that cell", () => {
    const span = seed000.report.provenance['table2.normativeDocs[0]'];
    const html = source({ text: seed000.text, span, fileName: '000.txt', format: 'text', locale: 'en' });
    expect(html).toMatch(/<mark[^>]*>5<\/mark>/);
    expect(html).toContain(`line ${span.line}`);
    expect(html).not.toContain('shown as text');
    expect(source({ text: '<p>1</p>', format: 'docx', locale: 'en' })).toContain('converted to');
  });

  test('no span: no mark, a hint instead; a span outside the text is said to be so', () => {
    expect(source({ text: hostile })).not.toContain('<mark');
    expect(source({ text: hostile })).toContain('点击上方表格中的数字');
    const html = source({ text: hostile, span: { offset: 500, length: 2, line: 9 } });
    expect(html).not.toContain('<mark');
    expect(html).toContain('超出原文范围');
  });

  test('a long source is cut to a window around the span, with a note', () => {
    const text = `${'x'.repeat(150_000)}\n<b>123</b>\n${'y'.repeat(150_000)}`;
    const offset = text.indexOf('123');
    const html = source({ text, span: { offset, length: 3, line: 2 } });
    expect(html.length).toBeLessThan(20_000);
    expect(html).toMatch(/<mark[^>]*>123<\/mark>/);
    expect(html).toContain('只显示所选位置前后的一段');
    const piece = sourceWindow(text, { offset, length: 3 });
    expect(text.length).toBeGreaterThan(LONG_SOURCE);
    expect(piece.windowed).toBe(true);
    expect(piece.from).toBeGreaterThanOrEqual(offset - 8_200);
    expect(piece.to).toBeLessThanOrEqual(offset + 3 + 8_200);
    expect(sourceWindow(text).to).toBeLessThanOrEqual(16_200);
  });
});
