/** Where a finding stands when it is about no cell of the form's tables (a cell's place is in the form's own words). */
const ZH = {
  places: { region: '地区', source: '原文' } as Record<string, string>,
};
export type FindingText = typeof ZH;

const EN: FindingText = {
  places: { region: 'Region', source: 'Source' },
};

export const FINDING_TEXT = { zh: ZH, en: EN };
