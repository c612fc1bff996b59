/**
 * The words that keep a rate with the count it rests on (issue 18): the "n=" beside a rate in a table, the mark
 * on a rate resting on few cases and the legend that explains it, the base columns of an export (a chart's
 * words are in chart-text.ts). `limit` is SMALL_BASE (lib/metrics/rate-base.ts), passed in.
 */

const ZH = {
  /** Beside a rate in a table cell: the count, short. */
  n: (count: string) => `n=${count}`,
  /** The mark beside a rate on fewer than `limit` cases; the legend under the table explains it. */
  smallMark: '†',
  /** A rate cell's title: what n is, and why the mark. */
  basedOn: (count: string) => `基于 ${count} 件`,
  few: (limit: number) => `少于 ${limit} 件，比率仅供参考`,
  /** Under a table with rate columns. */
  legend: (limit: number) =>
    `n 为比率所基于的件数（分母）。† 表示少于 ${limit} 件：一件之差即可使比率变动 3 个百分点以上，仅供参考。`,
  legendNoSmall: 'n 为比率所基于的件数（分母）。',
  /** Export columns after a rate's own. */
  baseHeader: (rate: string) => `${rate} 基数（件）`,
  smallHeader: (rate: string, limit: number) => `${rate} 少于 ${limit} 件`,
  smallFlag: '是',
  /** A line of the XLSX caption. */
  exportNote: (limit: number) =>
    `每个比率后一列为其基数（分母，件）；再后一列标"是"的比率基于少于 ${limit} 件，仅供参考。`,
};
export type RateBaseText = typeof ZH;

const EN: RateBaseText = {
  n: (count: string) => `n=${count}`,
  smallMark: '†',
  basedOn: (count: string) => `of ${count} cases`,
  few: (limit: number) => `fewer than ${limit}, read with care`,
  legend: (limit: number) =>
    `n is the count a rate rests on (its denominator). † marks fewer than ${limit} cases, where one case moves the rate by more than 3 points; read with care.`,
  legendNoSmall: 'n is the count a rate rests on (its denominator).',
  baseHeader: (rate: string) => `${rate} base (n)`,
  smallHeader: (rate: string, limit: number) => `${rate} under ${limit} cases`,
  smallFlag: 'yes',
  exportNote: (limit: number) =>
    `Each rate is followed by its base (denominator, n), then a column that says "yes" where the rate rests on fewer than ${limit} cases and is to be read with care.`,
};

export const RATE_BASE_TEXT = { zh: ZH, en: EN };
