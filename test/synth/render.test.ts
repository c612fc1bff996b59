import { describe, expect, test } from 'vitest';
import { APPLICANT_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, type TemplateVersion } from '../../lib/report/types';
import { SECTION_HEADINGS, TABLE2_BLOCKS, table3Keys, table3Rows } from '../../lib/synth/labels';
import { renderHtml, renderMarkdown, renderRunTogether, renderText, type ReportContent } from '../../lib/synth/render';
import { distinctContent, htmlTables } from './fixture';

const TEMPLATES: TemplateVersion[] = ['2019', '2021'];

const row3 = (c: ReportContent, key: string) =>
  APPLICANT_COLUMNS.map((col) => String(c.table3[key as keyof typeof c.table3]?.[col] ?? ''));
const table4Values = (c: ReportContent) =>
  TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((col) => String(c.table4[g][col] ?? '')));
/** The last label of each table 3 row, the text its values follow in every form. */
const rowLabel = (key: string, t: TemplateVersion) => {
  const r = table3Rows(t).find((x) => x.key === key)!;
  return r.top ?? r.item ?? r.group!;
};

function allForms(c: ReportContent): [string, string][] {
  return [
    ['cell-per-line', renderText(c, 'cell-per-line')],
    ['cell-per-line noisy', renderText(c, 'cell-per-line', { noise: true })],
    ['tab-rows', renderText(c, 'tab-rows')],
    ['html', renderHtml(c)],
    ['html page', renderHtml(c, { page: true, splitTable2: true })],
    ['markdown', renderMarkdown(c)],
    ['run-together', renderRunTogether(c)],
  ];
}

describe.each(TEMPLATES)('the %s template', (template) => {
  const c = distinctContent(template);

  test.each(allForms(c))('%s has the title, the six headings, the labels and the narrative', (_, out) => {
    const text = out.replace(/<[^>]+>/g, ''); // spans split labels in HTML
    expect(text).toContain(`忻州市科学技术局${c.year}年政府信息公开工作年度报告`);
    for (const h of SECTION_HEADINGS) expect(text).toContain(h);
    for (const r of table3Rows(template)) expect(text).toContain(r.top ?? r.item ?? r.group);
    for (const b of TABLE2_BLOCKS[template]) {
      expect(text).toContain(b.heading);
      for (const col of b.columns) expect(text.replace(/\n/g, '')).toContain(col);
      for (const r of b.rows) expect(text).toContain(r.label);
    }
    for (const l of ['行政复议', '未经复议直接起诉', '复议后起诉', '结果维持', '尚未审结']) expect(text).toContain(l);
    expect(text).toContain('通过门户网站公开政府信息423条');
    expect(text).toContain('通过微信公众号发布信息225篇');
  });

  test('the template decides the 其他处理 rows and the table 2 labels', () => {
    const text = renderText(c, 'tab-rows');
    expect(text.includes('3.其他\t')).toBe(template === '2021');
    expect(text.includes('（六）其他处理\t\t')).toBe(template === '2019');
    expect(text.includes('本年收费金额（单位：万元）')).toBe(template === '2021');
    expect(text.includes('政府集中采购')).toBe(template === '2019');
  });

  test('one cell per line: each row of values follows its label, one value per tabbed line', () => {
    const lines = renderText(c, 'cell-per-line').split('\n');
    for (const key of table3Keys(template)) {
      const at = lines.indexOf(`\t${rowLabel(key, template)}`);
      expect(at, key).toBeGreaterThan(0);
      expect(lines.slice(at + 1, at + 8), key).toEqual(row3(c, key).map((v) => `\t${v}`));
    }
    const t4 = lines.indexOf(`\t${table4Values(c)[0]}`);
    expect(lines.slice(t4, t4 + 15)).toEqual(table4Values(c).map((v) => `\t${v}`));
  });

  test('one cell per line: merged cells continue as empty tabbed lines, rows end with a blank line', () => {
    const text = renderText(c, 'cell-per-line');
    expect(text).toContain('\n\n\t\n\t\n\t2.其他法律行政法规禁止公开\n');
    expect(text).toContain('\n\n\t\n\t自然人\n\t法人或其他组织\n\t总计\n\n\t\n\t\n\t商业企业\n');
  });

  test('noise pads numbers with full-width spaces and nbsp but keeps every number', () => {
    const noisy = renderText(c, 'cell-per-line', { noise: true });
    expect(noisy).toMatch(/\t\u3000+\d/);
    expect(noisy).toMatch(/\t\u00a0\d|\t\d+\u00a0/);
    if (template === '2019') {
      expect(noisy).toContain('\t本年新\n制作数量');
      expect(noisy).toMatch(/\t\s*\d+元/); // 采购总金额 written with its unit
    }
    const numbers = (s: string) => s.match(/-?\d+(\.\d+)?/g);
    expect(numbers(noisy)).toEqual(numbers(renderText(c, 'cell-per-line')));
  });

  test('tab rows: every row spans the full grid width', () => {
    const lines = renderText(c, 'tab-rows').split('\n');
    for (const key of table3Keys(template)) {
      const line = lines.find((l) => l.split('\t').includes(rowLabel(key, template)))!;
      const cells = line.split('\t');
      expect(cells, key).toHaveLength(10);
      expect(cells.slice(3), key).toEqual(row3(c, key));
    }
    expect(lines).toContain(table4Values(c).join('\t'));
  });

  test.each([false, true])('HTML tables rebuild into the template grids (splitTable2 %s)', (split) => {
    const tables = htmlTables(renderHtml(c, { page: true, splitTable2: split }));
    const blocks = TABLE2_BLOCKS[template];
    expect(tables).toHaveLength(split ? blocks.length + 2 : 3);
    const [t3, t4] = tables.slice(-2);
    expect(t3[0].slice(3)).toEqual(Array(7).fill('申请人情况'));
    for (const [i, key] of table3Keys(template).entries()) expect(t3[3 + i].slice(3), key).toEqual(row3(c, key));
    const outcomes = t3.filter((r) => r[0] === '三、本年度办理结果');
    expect(outcomes).toHaveLength(template === '2019' ? 20 : 22);
    expect(t4[3]).toEqual(table4Values(c));
    expect(t4[2].slice(0, 5)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    const t2 = split ? tables.slice(0, -2).flat() : tables[0];
    for (const b of blocks)
      for (const r of b.rows) {
        const found = t2.find((cells) => cells[0] === r.label)!;
        expect(found.slice(1, 1 + b.columns.length)).toEqual(c.table2[r.key]!.map(String));
      }
  });

  test('HTML page has head, script and navigation around the report; blanks are &nbsp;', () => {
    const blank = { ...c, table3: { ...c.table3, granted: { ...c.table3.granted!, total: null } } };
    const page = renderHtml(blank, { page: true });
    expect(page).toMatch(/^<!DOCTYPE html>/);
    for (const s of ['<head>', '<script', 'class="nav"', '当前位置', 'class="footer"']) expect(page).toContain(s);
    expect(page).toContain('&nbsp;</td>');
    expect(renderHtml(c)).not.toContain('<head>');
    const row = htmlTables(page)[1].find((r) => r[1] === '（一）予以公开')!;
    expect(row[9]).toBe('');
  });

  test('Markdown: pipe tables with a rule under the first row', () => {
    const md = renderMarkdown(c);
    expect(md).toContain(`| ${TABLE2_BLOCKS[template][0].heading} |  |  |  |\n| --- | --- | --- | --- |`);
    expect(md).toContain(`| 一、本年新收政府信息公开申请数量 |  |  | ${row3(c, 'newReceived').join(' | ')} |`);
    expect(md).toContain(`| ${table4Values(c).join(' | ')} |`);
  });

  test('run-together: a row on one line, its numbers concatenated', () => {
    const lines = renderRunTogether(c).split('\n');
    expect(lines).toContain('（一）予以公开'.replace(/^/, '三、本年度办理结果') + row3(c, 'granted').join(''));
    expect(lines).toContain(`四、结转下年度继续办理${row3(c, 'carriedForward').join('')}`);
    expect(lines).toContain(table4Values(c).join(''));
  });
});

test('blank cells render blank in every form', () => {
  const c = distinctContent('2021');
  c.table2.licensing = [null];
  c.table4.review.total = null;
  expect(renderText(c, 'tab-rows')).toContain('\n行政许可\t\t\t\n');
  expect(renderRunTogether(c)).toContain('\n行政许可\n');
  expect(renderText(c, 'cell-per-line')).toContain('\t行政许可\n\t\n');
  expect(renderMarkdown(c)).toContain('| 行政许可 |  |  |  |');
  expect(renderText(c, 'tab-rows')).toContain('500\t501\t502\t503\t\t505');
});
