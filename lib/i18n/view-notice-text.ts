/** Why a view shows nothing (lib/dashboard/view-notice.ts). */
const ZH = {
  unknownRegion: (code: string) => `地区代码 ${code} 不是任何地区的代码，因此没有数据。请在上方重新选择地区。`,
  yearsOutside: (asked: string, present: string) => `所选年度（${asked}）没有报告；库中的报告年度为 ${present}。`,
  noMatch: '当前筛选下没有报告。请放宽地区、年度或机构类型。',
  noReports: '库中还没有报告：请先导入年报（导入页，或命令行 npm run import）。',
};
export type ViewNoticeText = typeof ZH;

const EN: ViewNoticeText = {
  unknownRegion: (code: string) => `${code} is not the code of any region, so there is no data. Choose a region above.`,
  yearsOutside: (asked: string, present: string) =>
    `No reports for the years chosen (${asked}); the reports cover ${present}.`,
  noMatch: 'No reports match these filters. Widen the region, years or agency type.',
  noReports: 'No reports yet: import some first (the Import page, or npm run import).',
};

export const VIEW_NOTICE_TEXT = { zh: ZH, en: EN };
