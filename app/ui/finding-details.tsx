/**
 * A finding's technical side, folded away under its reader-facing words: the parser's own message (English,
 * with the numbers it saw), the rule id and the cell's path. Issue 18: these raw lines sat under the Chinese.
 */
import { pick, type Locale } from '@/lib/format/locale';
import { COMMON_TEXT } from '@/lib/i18n/common-text';

export function FindingDetails({
  rule,
  path,
  message,
  locale,
}: {
  rule: string;
  path: string;
  message: string;
  locale: Locale;
}) {
  const t = pick(locale, COMMON_TEXT);
  return (
    <details className="finding-details" style={{ fontSize: 12 }}>
      <summary className="muted">{t.findingDetails}</summary>
      <div className="muted" title={t.findingDetailsNote}>
        <code>{rule}</code> · <code>{path}</code>
        <div lang="en">{message}</div>
      </div>
    </details>
  );
}
