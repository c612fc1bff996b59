/** The report's prose beside its previous year's and beside its closest peer's, repeated sentences marked (issue 16). */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { appDatabase } from '@/db/app-database';
import { type Comparison, type ComparedReport, loadCopyComparison } from '@/lib/dashboard/copy-comparison';
import { pick, type Locale } from '@/lib/format/locale';
import { formatRate } from '@/lib/format/number';
import { COPY_TEXT } from '@/lib/i18n/copy-text';

export async function CopyComparison({
  reportId,
  previousReportId,
  locale,
}: {
  reportId: number;
  previousReportId: number | null;
  locale: Locale;
}) {
  const t = pick(locale, COPY_TEXT);
  const { previous, peer } = await loadCopyComparison(await appDatabase(), reportId, previousReportId);
  return (
    <section className="panel" style={{ marginBottom: 16 }} data-copy-comparison>
      <h2>{t.title}</h2>
      <p className="muted" style={{ marginTop: 0 }}>
        {t.intro}
      </p>
      {!previous && !peer && <p>{t.none}</p>}
      {previous && <Pair title={t.previous(previous.other.year)} comparison={previous} locale={locale} />}
      {peer && <Pair title={t.peer} comparison={peer} locale={locale} />}
    </section>
  );
}

function Pair({ title, comparison, locale }: { title: string; comparison: Comparison; locale: Locale }) {
  const t = pick(locale, COPY_TEXT);
  const { share, self, other } = comparison;
  const any = self.sentences.some((s) => s.repeated);
  return (
    <div data-pair style={{ marginBottom: 16 }}>
      <h3 style={{ marginBottom: 4 }}>
        {title}
        {t.colon}
        <strong data-share>{share === null ? t.noShare : t.share(formatRate(share, locale))}</strong>
      </h3>
      <p className="muted" style={{ marginTop: 0 }}>
        {any ? t.repeatedMark : t.noRepeated}
      </p>
      <div className="grid-2">
        <Column heading={t.thisReport(self.year)} report={self} />
        <Column
          heading={
            <Link href={`/agency/${other.agencyId}?year=${other.year}${locale === 'en' ? '&lang=en' : ''}`}>
              <span translate="no">{other.agency}</span> {other.year}
            </Link>
          }
          report={other}
        />
      </div>
    </div>
  );
}

function Column({ heading, report }: { heading: ReactNode; report: ComparedReport }) {
  return (
    <div>
      <h4 style={{ margin: '4px 0' }}>{heading}</h4>
      <div className="table-wrap" style={{ maxHeight: 420, fontSize: 13, lineHeight: 1.7 }} translate="no">
        {report.sentences.map((s, i) => (s.repeated ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      </div>
    </div>
  );
}
