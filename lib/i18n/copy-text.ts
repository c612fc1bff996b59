/** Words of the agency page's copy-paste comparison (雷同). */
export const COPY_TEXT = {
  zh: {
    title: '文字雷同',
    colon: '：',
    intro:
      '逐句比较本报告与本机构上一年报告、与同年文字最相近的其他机构报告。比例按汉字计算，为本报告正文中也出现在对方报告里的部分；数字不同但其余相同的句子视为相同；模板规定的句子、标题和大多数报告都有的套话不计。',
    previous: (year: number) => `与本机构 ${year} 年报告相比`,
    peer: '与同年文字最相近的其他机构报告相比',
    share: (percent: string) => `本报告 ${percent} 的文字与之相同`,
    noShare: '无可比较的正文',
    none: '没有可比较的报告：本机构上一年无报告，同年也没有与之共用句子的其他机构报告。',
    thisReport: (year: number) => `本报告（${year} 年）`,
    repeatedMark: '标黄的句子在两份报告中都出现。',
    noRepeated: '没有相同的句子。',
  },
  en: {
    title: 'Repeated text',
    colon: ': ',
    intro:
      "Sentence by sentence, this report beside the agency's previous-year report and beside the other agency's report of the same year whose words are closest. Shares count Han characters: the part of this report's prose also found in the other; sentences that differ only in their figures count as the same; the form's prescribed sentences, titles and stock phrases most reports share are left out.",
    previous: (year: number) => `Beside this agency's ${year} report`,
    peer: "Beside the closest other agency's report of the same year",
    share: (percent: string) => `${percent} of this report's prose is found there`,
    noShare: 'No prose to compare',
    none: 'Nothing to compare with: the agency has no report for the year before, and no other agency shares sentences with it that year.',
    thisReport: (year: number) => `This report (${year})`,
    repeatedMark: 'Highlighted sentences appear in both reports.',
    noRepeated: 'No sentence in common.',
  },
};
