import { readFileSync } from 'node:fs';
import { parseAnyDocument } from './lib/report/index.ts';
for (const [f, g] of [['003-jiaxing', '003_ce3ce06ef0481c4f'], ['002-wuzhong', '002_f5ed227d78862500']]) {
  const bytes = readFileSync(`/tmp/dx/out/${f}.docx`);
  const golden = JSON.parse(readFileSync(`test/fixtures/golden/${g}.json`, 'utf8'));
  const t = performance.now();
  const { report, text } = await parseAnyDocument(bytes, f + '.docx');
  console.log(f, 'ms', (performance.now() - t).toFixed(1), report.agency, report.year, report.template, report.source);
  for (const k of ['table2', 'table3', 'table4', 'summary']) console.log(k, JSON.stringify(report[k]) === JSON.stringify(golden[k]) ? 'OK' : 'DIFF\n' + JSON.stringify(report[k]) + '\n' + JSON.stringify(golden[k]));
  console.log(report.findings.map(x => `${x.severity} ${x.rule} ${x.where} ${x.message}`).join('\n'));
  if (process.argv[2]) console.log(text.slice(0, 4000));
}
const b = readFileSync('/tmp/dx/out/003-jiaxing.docx');
for (let i = 0; i < 30; i++) await parseAnyDocument(b, 'x.docx');
const t0 = performance.now();
for (let i = 0; i < 100; i++) await parseAnyDocument(b, 'x.docx');
console.log('LO docx ms/doc', (performance.now() - t0) / 100);
