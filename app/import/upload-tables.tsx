/**
 * The two tables of the import page: what the check found in each file (nothing saved yet), and what
 * saving did to each file. Rendered inside the client upload form.
 */
import { findingMeaning } from '@/lib/dashboard/finding-words';
import { publishedWords } from '@/lib/dashboard/publication-words';
import { IMPORT_TEXT } from '@/lib/i18n/import-text';
import { pick, type Locale } from '@/lib/format/locale';
import { formatCount } from '@/lib/format/number';
import { regionName } from '@/lib/format/region-name';
import { KEY_NUMBERS, type UploadPreview, type UploadSummary } from '@/lib/ingest/upload-types';
import { FindingDetails } from '@/app/ui/finding-details';
import styles from './import.module.css';

const SEVERITY_CLASS = { error: styles.sevError, warning: styles.sevWarning, info: styles.sevInfo } as const;

export function PreviewTable({ previews, locale }: { previews: UploadPreview[]; locale: Locale }) {
  const text = pick(locale, IMPORT_TEXT);
  return (
    <section className={styles.section}>
      <h2 className={styles.subtitle}>{text.checkTitle}</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th>{text.col.file}</th>
              <th>{text.col.agency}</th>
              <th>{text.col.year}</th>
              <th>{text.col.template}</th>
              <th>{text.col.region}</th>
              <th>{text.col.numbers}</th>
              <th>{text.col.findings}</th>
            </tr>
          </thead>
          <tbody>
            {previews.map((p, i) =>
              p.ok ? (
                <tr key={i}>
                  <td className={styles.fileCell}>
                    <span translate="no">{p.file}</span>
                    <div className={styles.muted}>
                      {text.format}
                      {text.colon}
                      {p.format}
                    </div>
                  </td>
                  <td>
                    <span translate="no">{p.agency}</span>
                    {p.agencyType && (
                      <div className={styles.muted}>
                        {text.agencyType}
                        {text.colon}
                        {p.agencyType}
                      </div>
                    )}
                    {p.alreadyStored && <div className={styles.note}>{text.alreadyStored}</div>}
                    {p.replacesCurrent && <div className={styles.note}>{text.replacesCurrent}</div>}
                  </td>
                  <td>
                    {p.year}
                    <div className={styles.muted}>{publishedWords(p.published, p.year, locale)}</div>
                  </td>
                  <td>{text.template(p.template)}</td>
                  <td>{regionText(p.region)}</td>
                  <td>
                    <dl className={styles.numbers}>
                      {KEY_NUMBERS.map((id) => (
                        <div key={id}>
                          <dt>{text.numbers[id]}</dt>
                          <dd>{formatCount(p.summary[id], locale)}</dd>
                        </div>
                      ))}
                    </dl>
                  </td>
                  <td>
                    <Findings preview={p} locale={locale} />
                  </td>
                </tr>
              ) : (
                <tr key={i}>
                  <td className={styles.fileCell} translate="no">
                    {p.file}
                  </td>
                  <td colSpan={6}>
                    <span className={styles.sevError}>{text.unreadable}</span>
                    {text.colon}
                    <FileRefusal reason={p.reason} error={p.error} locale={locale} />
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Findings({ preview, locale }: { preview: Extract<UploadPreview, { ok: true }>; locale: Locale }) {
  const text = pick(locale, IMPORT_TEXT);
  const counts = (
    <span>
      <span className={preview.errorCount > 0 ? styles.sevError : undefined}>{preview.errorCount}</span>
      {' / '}
      <span className={preview.warningCount > 0 ? styles.sevWarning : undefined}>{preview.warningCount}</span>
    </span>
  );
  if (preview.findings.length === 0)
    return (
      <>
        {counts} <span className={styles.muted}>{text.noFindings}</span>
      </>
    );
  return (
    <details>
      <summary>
        {counts} · {text.showFindings(preview.findings.length)}
      </summary>
      <ul className={styles.findings}>
        {preview.findings.map((f, i) => (
          <li key={i}>
            <span className={SEVERITY_CLASS[f.severity]}>{text.severity[f.severity]}</span> <code>{f.where}</code>
            {f.line ? ` (L${f.line})` : ''}
            {text.colon}
            {findingMeaning(f.rule, locale) || f.message} <span className={styles.muted}>[{f.rule}]</span>
            <FindingDetails rule={f.rule} path={f.where} message={f.message} locale={locale} />
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ResultTable({ summary, locale }: { summary: UploadSummary; locale: Locale }) {
  const text = pick(locale, IMPORT_TEXT);
  const query = locale === 'en' ? '?lang=en' : '';
  return (
    <section className={styles.section}>
      <h2 className={styles.subtitle}>{text.resultTitle}</h2>
      <p>{text.totals({ ...summary, failed: summary.failed.length })}</p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th>{text.col.file}</th>
              <th>{text.col.status}</th>
              <th>{text.col.agency}</th>
            </tr>
          </thead>
          <tbody>
            {summary.results.map((r, i) => (
              <tr key={i}>
                <td className={styles.fileCell} translate="no">
                  {r.file}
                </td>
                <td className={r.status === 'failed' ? styles.sevError : styles.good}>{text.status[r.status]}</td>
                <td>
                  {r.status === 'failed' ? (
                    <FileRefusal reason={r.reason} error={r.error} locale={locale} />
                  ) : (
                    <>
                      <span translate="no">{r.agency}</span> {r.year}{' '}
                      {r.agencyId !== null && <a href={`/agency/${r.agencyId}${query}`}>{text.agencyLink}</a>}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * Why a file was not taken, in the page's words by its reason, with the server's own line (English, naming
 * the file) folded under the technical details, as a finding's parser line is (app/ui/finding-details.tsx).
 */
function FileRefusal({ reason, error, locale }: { reason: string | undefined; error: string; locale: Locale }) {
  const words = pick(locale, IMPORT_TEXT).fileRefusal;
  return (
    <>
      {words[reason ?? ''] ?? words.other}
      <TechnicalLine line={error} locale={locale} />
    </>
  );
}

/** A server's technical line (English), folded away under the page's words. */
export function TechnicalLine({ line, locale }: { line: string; locale: Locale }) {
  return (
    <details className="finding-details" style={{ fontSize: 12 }}>
      <summary className={styles.muted}>{pick(locale, IMPORT_TEXT).technical}</summary>
      <div className={styles.muted} lang="en" translate="no">
        {line}
      </div>
    </details>
  );
}

function regionText(region: Extract<UploadPreview, { ok: true }>['region']): string {
  return (region && regionName(region)) || '—';
}
