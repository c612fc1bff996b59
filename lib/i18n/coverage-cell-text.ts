/**
 * The words of one row of the coverage matrix (issue 16): each cell's title (its year and state in words) and the
 * badges beside an agency's name. Apart from the rest of the coverage tab's words because the matrix rows are drawn
 * in the browser, which needs only these.
 */
const ZH = {
  cell: {
    'on-time': (year: number) => `${year} 年：按时发布`,
    late: (year: number, days: string) => `${year} 年：逾期 ${days} 天`,
    undated: (year: number) => `${year} 年：已发布，发布日期未知`,
    replaced: (year: number) => `${year} 年：已发布；原报告后被更正版本替换`,
    gap: (year: number) => `${year} 年：缺报（该机构此前和此后都有报告）`,
    list: (year: number) => `${year} 年：缺报（该机构在机构名单上）`,
    none: (year: number) => `${year} 年：无报告`,
  },
  onList: '名单',
  onListTitle: '在导入的机构名单上',
  stoppedBadge: (year: number) => `${year} 年后停报`,
};
export type CoverageCellText = typeof ZH;

const EN: CoverageCellText = {
  cell: {
    'on-time': (year: number) => `${year}: on time`,
    late: (year: number, days: string) => `${year}: ${days} days late`,
    undated: (year: number) => `${year}: published, date unknown`,
    replaced: (year: number) => `${year}: published; the first report was replaced by a corrected one`,
    gap: (year: number) => `${year}: missing (the agency has reports before and after)`,
    list: (year: number) => `${year}: missing (the agency is on the agency list)`,
    none: (year: number) => `${year}: no report`,
  },
  onList: 'list',
  onListTitle: 'On the imported agency list',
  stoppedBadge: (year: number) => `stopped after ${year}`,
};

export const COVERAGE_CELL_TEXT = { zh: ZH, en: EN };
