/** The definitions page's words (指标定义); units are in metric-text.ts. */
const ZH = {
  title: '指标定义',
  intro: '每个数字怎么来、怎么算、比较时要注意什么。表格列名和图表旁的“指标定义”链接都指向这里。',
  formula: '计算',
  /** English only: the form's own Chinese words for the metric, quoted as they stand in a report. */
  formWords: '表中写法',
  caveats: '注意',
  forms: '适用表格',
  source: '来源字段',
  numerator: '分子',
  denominator: '分母',
  unit: '单位',
};
export type DefinitionsText = typeof ZH;

const EN: DefinitionsText = {
  title: 'Metric definitions',
  intro:
    'Where each number comes from, how it is computed and what to watch when comparing. Table columns and the “Definition” links beside charts point here.',
  formula: 'Formula',
  formWords: 'In the form',
  caveats: 'Caveats',
  forms: 'Forms',
  source: 'Source field',
  numerator: 'Numerator',
  denominator: 'Denominator',
  unit: 'Unit',
};

export const DEFINITIONS_TEXT = { zh: ZH, en: EN };
