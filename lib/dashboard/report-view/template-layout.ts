/**
 * Tables 2, 3 and 4 of the national template, laid out as the form prints them, per template version.
 * A report whose version could not be told is shown in the 2021 layout (the current form), and the layout
 * says so, since a 2019 report's rows that differ would then be missing from it.
 */
import { TABLE4_COLUMNS, TABLE4_GROUPS, type TemplateVersion } from '../../report/types';
import { label, value, words, type Bilingual, type TableLayout } from './layout-cells';
import { table2Layout } from './table2-layout';
import { table3Layout } from './table3-layout';

export type { Bilingual, LabelCell, LayoutCell, LayoutRow, TableId, TableLayout, ValueCell } from './layout-cells';

export interface TemplateLayout {
  version: TemplateVersion;
  /** True when the report did not say which form it follows and the 2021 layout stands in. */
  assumed: boolean;
  /** Which form this is, for a caption. */
  label: Bilingual;
  tables: [TableLayout, TableLayout, TableLayout];
}

const RESULTS = {
  upheld: words('结果维持', 'Upheld'),
  corrected: words('结果纠正', 'Corrected'),
  other: words('其他结果', 'Other result'),
  pending: words('尚未审结', 'Pending'),
  total: words('总计', 'Total'),
} as const;

const results = (span: { rowSpan?: number } = {}) => TABLE4_COLUMNS.map((c) => label(RESULTS[c], span));

/** Table 4: one row of fifteen numbers under 行政复议 and the two 行政诉讼 groups; the same in both forms. */
function table4Layout(): TableLayout {
  const group = TABLE4_COLUMNS.length;
  return {
    id: 'table4',
    title: words('四、政府信息公开行政复议、行政诉讼情况', 'IV. Administrative review and litigation over disclosure'),
    columns: group * TABLE4_GROUPS.length,
    head: [
      {
        cells: [
          label(words('行政复议', 'Administrative review'), { colSpan: group }),
          label(words('行政诉讼', 'Administrative litigation'), { colSpan: group * 2 }),
        ],
      },
      {
        cells: [
          ...results({ rowSpan: 2 }),
          label(words('未经复议直接起诉', 'Filed directly, without review'), { colSpan: group }),
          label(words('复议后起诉', 'Filed after review'), { colSpan: group }),
        ],
      },
      { cells: [...results(), ...results()] },
    ],
    body: [{ cells: TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => value(`table4.${g}.${c}`))) }],
  };
}

const LABELS: Record<TemplateVersion, Bilingual> = {
  '2019': words('2019 版表格（国办公开办函〔2019〕60号）', '2019 form (General Office letter [2019] No. 60)'),
  '2021': words('2021 版表格（国办公开办函〔2021〕30号）', '2021 form (General Office letter [2021] No. 30)'),
};

const ASSUMED = words(
  '未能识别表格版本，按 2021 版表格排列',
  'Form version not recognised; shown in the layout of the 2021 form',
);

export function templateLayout(version: TemplateVersion | null): TemplateLayout {
  const v: TemplateVersion = version ?? '2021';
  return {
    version: v,
    assumed: version === null,
    label: version === null ? ASSUMED : LABELS[v],
    tables: [table2Layout(v), table3Layout(v), table4Layout()],
  };
}

/** Every value path the layout shows, table by table, row by row. */
export function layoutValuePaths(layout: TemplateLayout): string[] {
  return layout.tables.flatMap((t) =>
    t.body.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'value' ? [c.path] : []))),
  );
}
