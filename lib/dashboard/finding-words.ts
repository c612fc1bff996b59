/**
 * What a finding says to a person: what its rule means (the parser's checks or the checks across years) and
 * where it stands, in the form's own words. The agency and quality pages describe findings the same way.
 */
import { pick, type Locale } from '../format/locale';
import { FINDING_TEXT } from '../i18n/finding-text';
import { CROSS_YEAR_RULES } from '../metrics/cross-year';
import { FINDING_RULES } from '../report/rules';
import { asTemplateVersion, describePath } from './report-view/describe-path';

/** What a rule means, in words: the parser's, the cross-year checks' or the import's; '' for an unknown rule. */
export function ruleMeaning(rule: string, locale: Locale): string {
  const info = Object.hasOwn(FINDING_RULES, rule)
    ? FINDING_RULES[rule]
    : Object.hasOwn(CROSS_YEAR_RULES, rule)
      ? CROSS_YEAR_RULES[rule]
      : null;
  if (info) return info[locale];
  const importRules = pick(locale, FINDING_TEXT).rules;
  return Object.hasOwn(importRules, rule) ? importRules[rule] : '';
}

export interface FindingWords {
  /** The finding's place in words ('表三 · （三）不予公开 · …'); null where the form's tables have no such place. */
  place: string | null;
  /**
   * What the rule means; for a rule without an explanation, in Chinese a sentence that says the parser's own
   * (English) line is under the details, in English '' (the parser's line is shown as it is).
   */
  meaning: string;
}

/** What a finding's rule means, or for a rule without words the page's fallback (FindingWords.meaning). */
export function findingMeaning(rule: string, locale: Locale): string {
  return ruleMeaning(rule, locale) || pick(locale, FINDING_TEXT).unexplained;
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
    meaning: findingMeaning(finding.rule, locale),
  };
}
