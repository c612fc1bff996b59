-- Until now an import did not mark the cells of earlier-imported reports whose cross-year findings it
-- redid (a 2021 report gets a finding when its 2020 report arrives later), so the data-quality totals of
-- those cells could lack them. Mark every cell holding a cross-year finding; the next refresh (at start
-- or after an import) rebuilds them from the findings themselves.
INSERT OR IGNORE INTO rollup_dirty (synthetic, year, province_code)
SELECT DISTINCT m.synthetic, m.year, coalesce(m.province_code, '')
FROM findings f JOIN report_metrics m ON m.report_id = f.report_id
WHERE f.rule >= 'crossYear.' AND f.rule < 'crossYear/'; -- the rule index's range (LIKE would read every finding: 1.7 s warm, 5.6 s cold, vs 19 ms at a million)
