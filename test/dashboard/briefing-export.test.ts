/**
 * The Word briefing made from a real database of the five sample reports: what the route refuses before any work
 * (briefing-request.ts), and the file (export-briefing.ts) answered behind the exports' gate (export-response.ts),
 * whose figures, sentences and table rows are the page loaders' own.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { briefingHref } from '../../lib/dashboard/briefing/briefing-href';
import { BRIEFING_ROWS } from '../../lib/dashboard/briefing/briefing-table';
import { briefingQuery, briefingRefusal } from '../../lib/dashboard/briefing/briefing-request';
import { exportBriefing } from '../../lib/dashboard/briefing/export-briefing';
import { headlineFigures } from '../../lib/dashboard/headline-figures';
import { loadHeadline } from '../../lib/dashboard/overview';
import { exportResponse } from '../../lib/export/export-response';
import { importPaths } from '../../lib/ingest/import-files';
import { parseViewState } from '../../lib/view-state/view-state';
import { SAMPLES } from '../db-queries/synthetic-reports';
import { paragraphs, readDocx } from '../support/docx-text';
import { tempDatabase } from '../support/temp-db';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
}, 60_000);
afterAll(() => db.$client.close());

const params = (href: string) => new URL(href, 'http://x').searchParams;

async function documentText(body: Uint8Array): Promise<{ paragraphs: string[]; media: number }> {
  const doc = await readDocx(body);
  return { paragraphs: paragraphs(doc.document), media: doc.media.size };
}

describe('what the route refuses before any work', () => {
  test.each([
    ['/api/briefing?format=docx', 400, 'bad-request'],
    ['/api/briefing?view=nowhere&format=docx', 400, 'bad-request'],
    ['/api/briefing?view=agency&format=docx', 400, 'bad-request'],
    ['/api/briefing?view=agency&agency=999999&format=docx', 404, 'not-found'],
    ['/api/briefing?view=region&region=110000&format=docx', 404, 'no-data'],
    ['/api/briefing?view=overview&from=2030&to=2030&format=docx', 404, 'no-data'],
  ])('%s → %i %s', async (href, status, reason) => {
    expect(await briefingRefusal(db, params(href))).toMatchObject({ status, reason });
  });

  test('a view with reports is accepted, and the button links to it', async () => {
    const state = parseViewState({ region: '330000', from: '2020', to: '2020', page: '3' });
    const href = briefingHref('region', state);
    expect(href).toMatch(/^\/api\/briefing\?/);
    expect(params(href).get('page')).toBeNull();
    expect(params(href).get('view')).toBe('region');
    expect(params(href).get('format')).toBe('docx');
    expect(await briefingRefusal(db, params(href))).toBeNull();
    expect(briefingQuery(params(href))).not.toContain('format');
  });
});

describe('the file', () => {
  test('a region view: the title, the headline figures and the table from the page loaders', async () => {
    const state = parseViewState({ region: '330000', from: '2020', to: '2020' });
    const result = await exportBriefing(db, briefingQuery(params(briefingHref('region', state))));
    expect(result.title).toBe('简报 浙江省 · 2020年');
    const { paragraphs, media } = await documentText(result.body);
    expect(paragraphs[0]).toBe('浙江省 · 2020年政府信息公开工作年度报告简报');
    for (const f of headlineFigures(await loadHeadline(db, state), 'zh')) expect(paragraphs).toContain(f.value);
    expect(paragraphs.some((p) => p.startsWith('本简报涵盖“浙江省 · 2020年”的 1 份年报，涉及 1 个机构'))).toBe(true);
    // Zhejiang has no 2019 report: no change is computed.
    expect(paragraphs.some((p) => p.includes('；没有 2019 年的数据，不作比较。'))).toBe(true);
    expect(paragraphs.some((p) => /^公开率为 .*，(高于|低于|与)全国同期/.test(p))).toBe(true);
    expect(media).toBeGreaterThanOrEqual(3);
    expect(paragraphs).toContain('嘉兴市科学技术局');
    expect(result.total).toBe(1);
  });

  test('an agency in English, answered as the route answers it: behind the export gate, as an attachment', async () => {
    const [row] = (await db.$client.execute("SELECT id FROM agencies WHERE name = '嘉兴市科学技术局'")).rows;
    const href = briefingHref('agency', parseViewState({ lang: 'en' }), Number(row.id));
    const asked = params(href);
    expect(await briefingRefusal(db, asked)).toBeNull();
    const response = await exportResponse(new Request(new URL(href, 'http://x')), {
      formats: ['docx'],
      count: async () => BRIEFING_ROWS,
      make: async () => {
        const file = await exportBriefing(db, briefingQuery(asked));
        return { ...file, body: new Uint8Array(file.body) };
      },
      grew: () => 'never',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".*\.docx"; filename\*=UTF-8''/);
    const reply = { body: new Uint8Array(await response.arrayBuffer()) };
    const { paragraphs, media } = await documentText(reply.body);
    expect(paragraphs[0]).toBe('嘉兴市科学技术局 · 2020Briefing on the open-government-information annual reports');
    expect(paragraphs).toEqual(expect.arrayContaining(['1. Key figures', '2. Key points', '3. Charts']));
    expect(
      paragraphs.some((p) =>
        /^In 2020, 嘉兴市科学技术局 received [\d,]+ new information requests; no data for 2019/.test(p),
      ),
    ).toBe(true);
    expect(paragraphs).toContain("No report for 2019: the table lists this year's figures only.");
    expect(media).toBeGreaterThanOrEqual(3);
  });

  test('a format other than docx is refused as the table exports refuse theirs', async () => {
    const response = await exportResponse(new Request('http://x/api/briefing?view=overview&format=xlsx'), {
      formats: ['docx'],
      count: async () => BRIEFING_ROWS,
      make: async () => {
        throw new Error('not to be made');
      },
      grew: () => 'never',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'bad-request', message: 'format must be docx' });
  });
});
