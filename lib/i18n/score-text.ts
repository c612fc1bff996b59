/**
 * Words of the report score (issue 16): its four components, their rules as /metrics writes them, the evidence
 * each component's points rest on (agency page), and the rankings' words (/quality/score). The numbers in the
 * rules come from db/schema/score-columns.ts through the callers, never written here.
 */
const ZH = {
  title: '报告评分',
  components: { completeness: '完整性', consistency: '一致性', timeliness: '及时性', originality: '原创性' },
  total: '总分',
  weight: (w: number) => `权重 ${w}%`,
  /** A header: the component's name and its weight. */
  withWeight: (name: string, w: number) => `${name}（${w}%）`,
  definition: {
    intro:
      '每份年报一个 0–100 分的评分，由四个部分组成，每部分 0–100 分，按权重加权平均。评分衡量的是报告本身写得是否完整、自洽、及时、不照抄，不衡量机构的工作成效。',
    known: (parts: string) =>
      `总分只在已知的部分上计算：发布日期未知时不计及时性，没有可比对的报告时不计原创性，其余部分按各自权重重新平均，并注明所基于的权重（如“${parts}”）。`,
    completeness: (table2: string, table3: number, table3Names: string, table4: number, table4Names: string) =>
      `表二、表三、表四各占三分之一：表二（${table2}）读到任何一项即得满分；表三按 ${table3} 项汇总数（${table3Names}）读到的比例得分；表四按 ${table4} 项总计（${table4Names}）读到的比例得分。`,
    completenessEvidence: '依据：解析器从报告中读到的单元格；未读到（空白或无法识别）的单元格列在机构页。',
    consistency: (perError: number, zeroAt: number) =>
      `满分 100，解析时每发现一处错误扣 ${perError} 分，${zeroAt} 处及以上为 0 分。错误指勾稽关系不符（分项之和不等于总计）、出现负数、同一项前后矛盾等。`,
    consistencyEvidence: '依据：数据质量页列出的“错误”级别问题数（不含提示和警告）。',
    timeliness: (perDay: number, zeroAt: number) =>
      `在截止日期（次年 1 月 31 日）前发布得 100 分，逾期每天扣 ${perDay} 分，逾期 ${zeroAt} 天及以上为 0 分。发布日期未知时不计入。`,
    timelinessEvidence: '依据：报告的发布日期（取自报告落款、网页或导入时填写），见“覆盖与及时性”。',
    originality: () =>
      `100 ×（1 − 较大的重复比例）：本报告正文与本机构上一年报告相同的比例、与同年文字最相近的其他机构报告相同的比例，取两者中较大者。两者都无从比对时不计入。`,
    originalityEvidence: '依据：逐句比较的重复比例（按汉字计算，模板规定的句子与常见套话不计），见机构页的“文字雷同”。',
    ranks: (min: number) =>
      `排名：按所选年份中有报告的最近一年排名；地区按其报告的平均评分排名，机构按评分排名。少于 ${min} 份报告的地区、少于 ${min} 家机构的范围不给名次，只列出数值：数量太少时，名次说明不了什么。`,
    wilson: (k: number, n: number, rate: string, low: string, high: string) =>
      `按时率的 95% 区间（Wilson 区间）：按时率只基于有发布日期的报告，报告少时偶然性大。区间给出真实按时率大概率所在的范围，例如 ${n} 份中 ${k} 份按时为 ${rate}，95% 区间 ${low}–${high}；n 为有发布日期的报告数。`,
  },
  evidence: {
    table2: { read: '表二有数', missing: '表二缺失' },
    table: (name: string, known: number, cells: number) =>
      known === cells
        ? `${name} ${cells} 项全部读到`
        : known === 0
          ? `${name}缺失`
          : `${name} ${cells} 项读到 ${known} 项`,
    tableNames: { table3: '表三', table4: '表四' },
    missingNames: (names: string) => `（缺：${names}）`,
    missingTitle: (names: string) => `未读到：${names}`,
    noErrors: '未发现错误',
    errors: (n: number) => `${n} 处错误`,
    onTime: '按时发布',
    late: (days: number) => `逾期 ${days} 天`,
    undated: '发布日期未知，不计入',
    copiedPrev: (share: string) => `与上年重复 ${share}`,
    noPrev: '无上年报告可比',
    copiedPeer: (share: string) => `与同年他文最高重复 ${share}`,
    noPeer: '同年无相近报告',
    notCompared: '无可比对的报告，不计入',
    sep: '；',
    listSep: '、',
  },
  counted: (w: number, unknown: string) => `得分基于 ${w}/100 权重（${unknown}未知）`,
  allCounted: '四项均已计入',
  unknownSep: '、',
  /** The agency page's section. */
  agency: {
    intro: '各年度报告的评分与各部分得分；每格下方是得分的依据。',
    year: '年度',
    definitions: '评分规则',
    current: '当前年度',
  },
  /** /quality/score. */
  rankings: {
    intro: '按报告评分排列的地区和机构。评分由完整性、一致性、及时性、原创性四部分组成，只计已知的部分。',
    year: (year: number, chosen: boolean) =>
      chosen
        ? `按 ${year} 年（所选年份中有报告的最近一年）排名。`
        : `按 ${year} 年（有报告的最近一年）排名；选择年份可查看其他年度。`,
    noYear: '当前筛选下没有任何年度的报告。',
    regionsTitle: '各地区平均评分',
    regionsNone: '当前地区没有下级地区可比较。',
    regionColumns: {
      rank: '名次',
      region: '地区',
      reports: '报告数',
      meanScore: '平均评分',
      onTime: '按时率（95% 区间，n）',
    },
    notRanked: (min: number) => `不足 ${min} 份报告，不排名`,
    notRankedNote: (min: number) => `“—”：不足 ${min} 份报告，不排名。点击地区名查看其下级地区和机构。`,
    noDates: '无发布日期',
    onTimeNote: 'n 为有发布日期的报告数；括号内为 95% 区间（Wilson 区间），报告越少区间越宽。',
    agenciesTitle: '机构评分排名',
    agencyColumns: { rank: '名次', agency: '机构', region: '地区', score: '评分', daysLate: '逾期天数' },
    agenciesNotRanked: (n: string, min: number) => `当前范围只有 ${n} 家机构，不足 ${min} 家，不排名，只按评分列出。`,
    agenciesShown: (shown: string, total: string) => `列出评分最高的 ${shown} 家，共 ${total} 家。`,
    agenciesNone: '该年度当前筛选下没有报告。',
    viewAll: '在对比表中查看全部',
    definitions: '评分规则',
  },
  /** "82%（76%–87%，n=120）". */
  interval: (rate: string, low: string, high: string, n: string) => `${rate}（${low}–${high}，n=${n}）`,
};
export type ScoreText = typeof ZH;

const EN: ScoreText = {
  title: 'Report score',
  components: {
    completeness: 'Completeness',
    consistency: 'Consistency',
    timeliness: 'Timeliness',
    originality: 'Originality',
  },
  total: 'Score',
  weight: (w: number) => `weight ${w}%`,
  withWeight: (name: string, w: number) => `${name} (${w}%)`,
  definition: {
    intro:
      "Each annual report gets a score from 0 to 100: the weighted mean of four components, each from 0 to 100. It measures the report itself (complete, consistent, on time, not copied), not the agency's work.",
    known: (parts: string) =>
      `The score is taken over the components that are known: an unknown publication date leaves timeliness out, and nothing to compare with leaves originality out; the rest are averaged by their weights, and the score says which weights it rests on ("${parts}").`,
    completeness: (table2: string, table3: number, table3Names: string, table4: number, table4Names: string) =>
      `Tables 2, 3 and 4 count a third each: table 2 (${table2}) in full when any of its cells was read; table 3 by the share of its ${table3} summary cells read (${table3Names}); table 4 by the share of its ${table4} totals read (${table4Names}).`,
    completenessEvidence:
      'Rests on: the cells the parser read in the report; those not read (blank or not recognised) are listed on the agency page.',
    consistency: (perError: number, zeroAt: number) =>
      `100, less ${perError} points for each error the parser found; ${zeroAt} errors or more give 0. An error is a sum that does not add up to its total, a negative count, or rows that contradict each other.`,
    consistencyEvidence:
      'Rests on: the number of findings of severity "error" on the data-quality page (not warnings or notes).',
    timeliness: (perDay: number, zeroAt: number) =>
      `100 when published by the deadline (31 January of the next year), less ${perDay} point${perDay === 1 ? '' : 's'} for each day late; ${zeroAt} days late or more give 0. Not counted when the publication date is unknown.`,
    timelinessEvidence:
      'Rests on: the publication date (read from the report, its page, or given at import), as on the coverage and timeliness tab.',
    originality: () =>
      `100 × (1 − the larger repeated share): the share of the report's prose also found in the agency's previous-year report, or in the closest other agency's report of the same year, whichever is larger. Not counted when neither can be compared.`,
    originalityEvidence:
      'Rests on: the sentence-by-sentence repeated shares (by Han characters; prescribed sentences and stock phrases left out), as in "Repeated text" on the agency page.',
    ranks: (min: number) =>
      `Ranks: for the last year of the chosen years with reports; regions by the mean score of their reports, agencies by their score. A region with fewer than ${min} reports, or a view with fewer than ${min} agencies, gets no rank, only its values: among so few a rank says nothing.`,
    wilson: (k: number, n: number, rate: string, low: string, high: string) =>
      `The 95% interval of an on-time rate (Wilson interval): the rate rests on the reports with a publication date, and on few reports chance weighs heavily. The interval is where the true rate most likely lies: ${k} of ${n} on time is ${rate}, with a 95% interval of ${low}–${high}. n is the number of reports with a date.`,
  },
  evidence: {
    table2: { read: 'table 2 read', missing: 'table 2 missing' },
    table: (name: string, known: number, cells: number) =>
      known === cells
        ? `${name}: all ${cells} cells read`
        : known === 0
          ? `${name} missing`
          : `${name}: ${known} of ${cells} cells read`,
    tableNames: { table3: 'table 3', table4: 'table 4' },
    missingNames: (names: string) => ` (missing: ${names})`,
    missingTitle: (names: string) => `Not read: ${names}`,
    noErrors: 'no errors found',
    errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`,
    onTime: 'published on time',
    late: (days: number) => `${days} day${days === 1 ? '' : 's'} late`,
    undated: 'publication date unknown; not counted',
    copiedPrev: (share: string) => `${share} repeated from the previous year`,
    noPrev: 'no previous-year report',
    copiedPeer: (share: string) => `at most ${share} repeated from another report of the year`,
    noPeer: 'no similar report that year',
    notCompared: 'nothing to compare with; not counted',
    sep: '; ',
    listSep: ', ',
  },
  counted: (w: number, unknown: string) => `score over ${w}/100 of the weight (${unknown} unknown)`,
  allCounted: 'all four components counted',
  unknownSep: ' and ',
  agency: {
    intro: "Each year's report score and its components; under each figure, what it rests on.",
    year: 'Year',
    definitions: 'How the score is made',
    current: 'year shown',
  },
  rankings: {
    intro:
      'Regions and agencies by their report score: completeness, consistency, timeliness and originality, over the components that are known.',
    year: (year: number, chosen: boolean) =>
      chosen
        ? `Ranked for ${year}, the last of the chosen years with reports.`
        : `Ranked for ${year}, the last year with reports; choose a year to see another.`,
    noYear: 'No report in any year for these filters.',
    regionsTitle: 'Mean score by region',
    regionsNone: 'This region has no sub-regions to compare.',
    regionColumns: {
      rank: 'Rank',
      region: 'Region',
      reports: 'Reports',
      meanScore: 'Mean score',
      onTime: 'On time (95% interval, n)',
    },
    notRanked: (min: number) => `fewer than ${min} reports: not ranked`,
    notRankedNote: (min: number) =>
      `"—": fewer than ${min} reports, not ranked. Click a region to see its sub-regions and agencies.`,
    noDates: 'no publication dates',
    onTimeNote:
      'n is the number of reports with a publication date; in brackets the 95% interval (Wilson interval), wider on fewer reports.',
    agenciesTitle: 'Agencies by score',
    agencyColumns: { rank: 'Rank', agency: 'Agency', region: 'Region', score: 'Score', daysLate: 'Days late' },
    agenciesNotRanked: (n: string, min: number) =>
      `Only ${n} agencies here, fewer than ${min}: no ranks, listed by score.`,
    agenciesShown: (shown: string, total: string) => `The ${shown} best scores of ${total} agencies.`,
    agenciesNone: 'No report in that year for these filters.',
    viewAll: 'See all in the compare table',
    definitions: 'How the score is made',
  },
  interval: (rate: string, low: string, high: string, n: string) => `${rate} (${low}–${high}, n=${n})`,
};

export const SCORE_TEXT = { zh: ZH, en: EN };
