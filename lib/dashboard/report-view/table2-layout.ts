/**
 * Table 2 (二、主动公开政府信息情况) as the national form draws it: four columns wide, a block per
 * 第二十条 item, each block with its own heading row and 信息内容 header row. Blocks with fewer numbers
 * than three stretch the last one over the remaining columns, as the form does.
 */
import type { Table2Key, TemplateVersion } from '../../report/types';
import { label, value, words, type Bilingual, type LayoutRow, type TableLayout } from './layout-cells';

interface Block {
  article: Bilingual;
  columns: Bilingual[];
  rows: { key: Table2Key; text: Bilingual }[];
}

const WIDTH = 4;

const ARTICLE = {
  one: words('第二十条第（一）项', 'Article 20, item (1)'),
  five: words('第二十条第（五）项', 'Article 20, item (5)'),
  six: words('第二十条第（六）项', 'Article 20, item (6)'),
  eight: words('第二十条第（八）项', 'Article 20, item (8)'),
  nine: words('第二十条第（九）项', 'Article 20, item (9)'),
};

const ROW = {
  regulations: words('规章', 'Government rules'),
  licensing: words('行政许可', 'Administrative licensing'),
  otherServices: words('其他对外管理服务事项', 'Other external management and services'),
  penalty: words('行政处罚', 'Administrative penalties'),
  coercion: words('行政强制', 'Administrative coercion'),
  fees: words('行政事业性收费', 'Administrative fees'),
  procurement: words('政府集中采购', 'Centralised government procurement'),
};

const YEAR_ON_YEAR = [words('上一年项目数量', 'Items last year'), words('本年增/减', 'Change this year')];
const DECISIONS_2019 = [...YEAR_ON_YEAR, words('处理决定数量', 'Decisions')];
const DECISIONS_2021 = [words('本年处理决定数量', 'Decisions this year')];

const BLOCKS: Record<TemplateVersion, Block[]> = {
  '2019': [
    {
      article: ARTICLE.one,
      columns: [
        words('本年新制作数量', 'Made this year'),
        words('本年新公开数量', 'Newly published this year'),
        words('对外公开总数量', 'Published in total'),
      ],
      rows: [
        { key: 'regulations', text: ROW.regulations },
        { key: 'normativeDocs', text: words('规范性文件', 'Normative documents') },
      ],
    },
    {
      article: ARTICLE.five,
      columns: DECISIONS_2019,
      rows: [
        { key: 'licensing', text: ROW.licensing },
        { key: 'otherServices', text: ROW.otherServices },
      ],
    },
    {
      article: ARTICLE.six,
      columns: DECISIONS_2019,
      rows: [
        { key: 'penalty', text: ROW.penalty },
        { key: 'coercion', text: ROW.coercion },
      ],
    },
    { article: ARTICLE.eight, columns: YEAR_ON_YEAR, rows: [{ key: 'fees', text: ROW.fees }] },
    {
      article: ARTICLE.nine,
      columns: [words('采购项目数量', 'Procurement items'), words('采购总金额', 'Total amount')],
      rows: [{ key: 'procurement', text: ROW.procurement }],
    },
  ],
  '2021': [
    {
      article: ARTICLE.one,
      columns: [
        words('本年制发件数', 'Issued this year'),
        words('本年废止件数', 'Repealed this year'),
        words('现行有效件数', 'In force'),
      ],
      rows: [
        { key: 'regulations', text: ROW.regulations },
        { key: 'normativeDocs', text: words('行政规范性文件', 'Administrative normative documents') },
      ],
    },
    { article: ARTICLE.five, columns: DECISIONS_2021, rows: [{ key: 'licensing', text: ROW.licensing }] },
    {
      article: ARTICLE.six,
      columns: DECISIONS_2021,
      rows: [
        { key: 'penalty', text: ROW.penalty },
        { key: 'coercion', text: ROW.coercion },
      ],
    },
    {
      article: ARTICLE.eight,
      columns: [words('本年收费金额（单位：万元）', 'Fees collected this year (10,000 yuan)')],
      rows: [{ key: 'fees', text: ROW.fees }],
    },
  ],
};

/** The last of n columns covers what is left of the three value columns. */
const spanOf = (i: number, n: number) => (i === n - 1 ? WIDTH - n : 1);

function blockRows(block: Block): LayoutRow[] {
  const n = block.columns.length;
  return [
    { heading: true, cells: [label(block.article, { colSpan: WIDTH })] },
    {
      heading: true,
      cells: [
        label(words('信息内容', 'Information')),
        ...block.columns.map((c, i) => label(c, { colSpan: spanOf(i, n) })),
      ],
    },
    ...block.rows.map((row) => ({
      path: `table2.${row.key}`,
      cells: [label(row.text), ...block.columns.map((_, i) => value(`table2.${row.key}[${i}]`, spanOf(i, n)))],
    })),
  ];
}

export function table2Layout(version: TemplateVersion): TableLayout {
  return {
    id: 'table2',
    title: words('二、主动公开政府信息情况', 'II. Information disclosed proactively'),
    columns: WIDTH,
    head: [],
    body: BLOCKS[version].flatMap(blockRows),
  };
}
