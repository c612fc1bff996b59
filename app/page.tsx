import { listSampleReports } from '@/lib/samples';

export const dynamic = 'force-dynamic';

/** Until the database lands (issue 3), the home page shows the sample reports as the parser reads them. */
export default async function HomePage() {
  const reports = await listSampleReports();
  return (
    <main style={{ maxWidth: 1100, margin: '0 auto', padding: '24px 16px' }}>
      <h1 style={{ fontSize: 24 }}>年报透镜 <small style={{ color: '#6b7280', fontSize: 14 }}>Nianbao Lens</small></h1>
      <p style={{ color: '#4b5563' }}>政府信息公开工作年度报告解析结果（示例报告） · Sample reports as parsed</p>
      <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}>
        <thead>
          <tr style={{ textAlign: 'left', borderBottom: '2px solid #d1d5db' }}>
            <th>机构 Agency</th><th>年度 Year</th><th>模板 Template</th>
            <th style={{ textAlign: 'right' }}>新收申请 New applications</th>
            <th style={{ textAlign: 'right' }}>予以公开 Granted</th>
            <th style={{ textAlign: 'right' }}>提示 Findings</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.file} style={{ borderBottom: '1px solid #e5e7eb' }}>
              <td>{r.agency ?? r.error ?? '—'}</td>
              <td>{r.year ?? '—'}</td>
              <td>{r.template ?? '—'}</td>
              <td style={{ textAlign: 'right' }}>{r.newReceived ?? '空 blank'}</td>
              <td style={{ textAlign: 'right' }}>{r.granted ?? '空 blank'}</td>
              <td style={{ textAlign: 'right' }}>{r.findings}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
