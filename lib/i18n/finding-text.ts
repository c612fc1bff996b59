/**
 * Where a finding stands when it is about no cell of the form's tables (a cell's place is in the form's own
 * words), and what the rules of the import (not of the parser, lib/report/rules.ts) mean.
 */
const ZH = {
  places: { region: '地区', source: '原文' } as Record<string, string>,
  /**
   * What a finding says when its rule has no words yet: the parser's own line is English, folded under 技术细节.
   * English has none: there the parser's line is the page's language already and is shown as it is.
   */
  unexplained: '解析器的提示（原文为英文，见下方“技术细节”）',
  rules: {
    'import.held': '机构或年度读得不确定，而该机构该年度已有现行报告：原件已保存，待人工核实，未计入统计',
  } as Record<string, string>,
};
export type FindingText = typeof ZH;

const EN: FindingText = {
  places: { region: 'Region', source: 'Source' },
  unexplained: '',
  rules: {
    'import.held':
      'Agency or year uncertain while a report for them is in force: the original is kept for review and counts in no figure',
  },
};

export const FINDING_TEXT = { zh: ZH, en: EN };
