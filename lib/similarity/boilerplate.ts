/**
 * Boilerplate: sentences that say nothing about whether a report was copied, because every report says them.
 * Two kinds. Sentences the form itself prescribes (the statistics period, how the report is laid out, where
 * to ask), left out by their words whatever their numbers. And stock phrases learned from the corpus: a
 * sentence found in at least LEARNED_SHARE of the sampled reports (and in MIN_REPORTS of them, so a small
 * database learns nothing from a coincidence) — counted in db/ (sentence_counts), judged here.
 */

/** Checked on a sentence's key (no spaces or punctuation, digits as #). */
const FORM_SENTENCES = [
  /统计期限|统计期间|数据统计时限/,
  /本(年度)?报告中?所列数据/,
  /本(年度)?报告(电子版|可在|可从)/,
  /对本(年度)?报告(有|如有)?(任何)?疑问/,
  /本(年度)?报告(根据|依据|按照).{0,60}(编制|撰写)/,
  /本报告(由|包括|分为).{0,40}(组成|部分|情况)/,
];

/** The report's own title ("…局#年度政府信息公开工作年度报告"): the same every year, so never a sign of copying. */
const TITLE = /政府信息公开.{0,6}(年度报告|年报)$/;
/** The form's section headings, numbered or not ("三、收到和处理政府信息公开申请情况"). */
const HEADING =
  /^[一二三四五六七八九十]*(总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议.{0,2}行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项)$/;

export function isFormSentence(key: string): boolean {
  return (key.length <= 60 && TITLE.test(key)) || HEADING.test(key) || FORM_SENTENCES.some((p) => p.test(key));
}

export const LEARNED_SHARE = 0.02;
export const MIN_REPORTS = 5;

/** A sentence counted in `reports` of `sampled` reports is a stock phrase. */
export function isStockPhrase(reports: number, sampled: number): boolean {
  return reports >= Math.max(MIN_REPORTS, Math.ceil(sampled * LEARNED_SHARE));
}
