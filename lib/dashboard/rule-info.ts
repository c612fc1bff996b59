/** What a finding's rule means, wherever it is raised: the parser's checks or the checks across years. */
import type { Locale } from '../format/locale';
import { CROSS_YEAR_RULES } from '../metrics/cross-year';
import { FINDING_RULES } from '../report/rules';

export function ruleMeaning(rule: string, locale: Locale): string {
  const info = Object.hasOwn(FINDING_RULES, rule) ? FINDING_RULES[rule] : Object.hasOwn(CROSS_YEAR_RULES, rule) ? CROSS_YEAR_RULES[rule] : null;
  return info ? info[locale] : '';
}
