import { listAgencyYears } from '@/db/queries/list-agency-years';
import { appDatabase } from '@/lib/ingest/bootstrap';
import { formatCount, formatRate } from '@/lib/format';
import { RATE_METRICS } from '@/lib/metrics/dictionary';
import { rateValue } from '@/lib/metrics/report-metrics';

export const dynamic = 'force-dynamic';

const DISCLOSURE = RATE_METRICS.find((m) => m.id === 'disclosureRate')!;

/** Until the dashboard pages land (issue 4), the home page lists the agency-years in the database. */
export default async function HomePage() {
  const rows = await listAgencyYears(await appDatabase(), {}, 500);
  return (
    <main style={{ maxWidth: 1100, margin: '0 auto', padding: '24px 16px' }}>
      <h1 style={{ fontSize: 24 }}>年报透镜 <small style={{ color: '#6b7280', fontSize: 14 }}>Nianbao Lens</small></h1>
      <p style={{ color: '#4b5563' }}>政府信息公开工作年度报告 · 各机构年度数据 · Agencies by year ({rows.length})</p>
      <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}>
        <thead>
          <tr style={{ textAlign: 'left', borderBottom: '2px solid #d1d5db' }}>
            <th>机构 Agency</th><th>地区 Region</th><th>年度 Year</th>
            <th style={{ textAlign: 'right' }}>新收申请 New applications</th>
            <th style={{ textAlign: 'right' }}>予以公开 Granted</th>
            <th style={{ textAlign: 'right' }}>公开率 Disclosure rate</th>
            <th style={{ textAlign: 'right' }}>问题 Findings</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.reportId} style={{ borderBottom: '1px solid #e5e7eb' }}>
              <td>{r.agency}</td>
              <td>{[r.province, r.city !== r.province ? r.city : null, r.county].filter(Boolean).join(' ') || '—'}</td>
              <td>{r.year}</td>
              <td style={{ textAlign: 'right' }}>{formatCount(r.appsNew, 'zh')}</td>
              <td style={{ textAlign: 'right' }}>{formatCount(r.granted, 'zh')}</td>
              <td style={{ textAlign: 'right' }}>{formatRate(rateValue(DISCLOSURE, r), 'zh')}</td>
              <td style={{ textAlign: 'right' }}>{r.errorCount} / {r.warningCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
