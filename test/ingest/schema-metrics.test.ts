import { getTableColumns } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { metricColumn, reportMetrics } from '../../db/schema';
import { COUNT_METRIC_IDS } from '../../lib/metrics/report-metrics';

test('report_metrics has one column per count metric, named after its id', () => {
  const columns = getTableColumns(reportMetrics) as Record<string, { name: string }>;
  for (const id of COUNT_METRIC_IDS) expect(columns[id]?.name, id).toBe(metricColumn(id));
  expect(metricColumn('itemsPublishedWebsite')).toBe('items_published_website');
});
