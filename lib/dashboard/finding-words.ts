/**
 * What a finding says to a person: what its rule means (the parser's checks or the checks across years) and
 * where it stands, in the form's own words. The agency and quality pages describe findings the same way.
 */
import type { Locale } from '../format/locale';
import { CROSS_YEAR_RULES } from '../metrics/cross-year';
import { FINDING_RULES } from '../report/rules';
import { asTemplateVersion, describePath } from './report-view/describe-path';

export function ruleMeaning(rule: string, locale: Locale): string {
  const info = Object.hasOwn(FINDING_RULES, rule)
    ? FINDING_RULES[rule]
    : Object.hasOwn(CROSS_YEAR_RULES, rule)
      ? CROSS_YEAR_RULES[rule]
      : null;
  return info ? info[locale] : '';
}

export interface FindingWords {
  /** The finding's place in words ('表三 · （三）不予公开 · …'); null where the form's tables have no such place. */
  place: string | null;
  /** What the rule means; '' for a rule without an explanation. */
  meaning: string;
}

/** `template`: the stored form of the report the finding is about ('2019', '2021', or unknown). */
export function withFindingWords<F extends { path: string; rule: string }>(
  finding: F,
  template: string | null,
  locale: Locale,
): F & FindingWords {
  return {
    ...finding,
    place: describePath(finding.path, asTemplateVersion(template), locale),
    meaning: ruleMeaning(finding.rule, locale),
  };
}
