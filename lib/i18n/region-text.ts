/** The region page's words. */
const ZH = {
  title: (place: string) => `地区：${place}`,
  nation: '全国',
  intro: '一个省、市或区县的概况：总量、逐年变化、下级地区排名，以及所属机构。选择上方的地区进入下一级。',
  metric: '图表指标',
  childrenTitle: '下级地区',
  columns: {
    region: '地区',
    reports: '年报',
    agencies: '机构',
    appsNew: '新收申请',
    granted: '予以公开',
    disclosureRate: '公开率',
    reviewTotal: '复议',
    litigationTotal: '诉讼',
  },
  agenciesTitle: '本地区机构（按所选指标排序）',
  allAgencies: '在对比页查看全部机构 →',
  noChildren: '本级没有下级地区。',
  noChildReports: '下级地区均无报告：此处的报告都来自本级机构。',
};
export type RegionText = typeof ZH;

const EN: RegionText = {
  title: (place: string) => `Region: ${place}`,
  nation: 'China',
  intro:
    'A province, city or county at a glance: totals, trends, its sub-regions ranked and its agencies. Choose a region above to go down a level.',
  metric: 'Chart metric',
  childrenTitle: 'Sub-regions',
  columns: {
    region: 'Region',
    reports: 'Reports',
    agencies: 'Agencies',
    appsNew: 'New requests',
    granted: 'Granted',
    disclosureRate: 'Disclosure rate',
    reviewTotal: 'Reviews',
    litigationTotal: 'Lawsuits',
  },
  agenciesTitle: 'Agencies here (by the chosen metric)',
  allAgencies: 'All agencies on the Compare page →',
  noChildren: 'No sub-regions at this level.',
  noChildReports: "None of the sub-regions has a report: every report here is from this level's own agencies.",
};

export const REGION_TEXT = { zh: ZH, en: EN };
