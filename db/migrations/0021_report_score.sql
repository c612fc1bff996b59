ALTER TABLE `agency_totals` ADD `score_sum` real;--> statement-breakpoint
ALTER TABLE `agency_totals` ADD `scored` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `agency_totals` ADD `dated` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `agency_totals` ADD `on_time` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `city_rollups` ADD `score_sum` real;--> statement-breakpoint
ALTER TABLE `city_rollups` ADD `scored` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `city_rollups` ADD `dated` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `city_rollups` ADD `on_time` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `province_rollups` ADD `score_sum` real;--> statement-breakpoint
ALTER TABLE `province_rollups` ADD `scored` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `province_rollups` ADD `dated` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `province_rollups` ADD `on_time` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `score_completeness` real GENERATED ALWAYS AS ((100.0 / 3) * ((coalesce(docs_issued, docs_published, docs_in_force, docs_repealed, licensing_decisions, penalty_decisions, coercion_decisions, fees_amount, procurement_amount) IS NOT NULL) + (((apps_new IS NOT NULL) + (apps_carried_over IS NOT NULL) + (granted IS NOT NULL) + (partial IS NOT NULL) + (denied IS NOT NULL) + (unable IS NOT NULL) + (rejected IS NOT NULL) + (other_outcome IS NOT NULL) + (handled IS NOT NULL) + (carried_forward IS NOT NULL)) / 10.0) + (((review_total IS NOT NULL) + (litigation_direct_total IS NOT NULL) + (litigation_after_review_total IS NOT NULL)) / 3.0))) VIRTUAL;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `score_consistency` real GENERATED ALWAYS AS (max(0.0, 100.0 - 25.0 * error_count)) VIRTUAL;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `score_timeliness` real GENERATED ALWAYS AS (CASE WHEN days_late IS NULL THEN NULL WHEN days_late <= 0 THEN 100.0 ELSE max(0.0, 100.0 - 1.0 * days_late) END) VIRTUAL;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `score_originality` real GENERATED ALWAYS AS (CASE WHEN copied_prev IS NULL AND copied_peer IS NULL THEN NULL ELSE 100.0 * (1.0 - max(coalesce(copied_prev, 0.0), coalesce(copied_peer, 0.0))) END) VIRTUAL;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `score` real GENERATED ALWAYS AS ((30.0 * score_completeness + 30.0 * score_consistency + 20.0 * coalesce(score_timeliness, 0.0) + 20.0 * coalesce(score_originality, 0.0)) / (60.0 + 20.0 * (score_timeliness IS NOT NULL) + 20.0 * (score_originality IS NOT NULL))) VIRTUAL;--> statement-breakpoint
CREATE INDEX `metrics_score` ON `report_metrics` (`synthetic`,`score`) WHERE "score" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `metrics_originality` ON `report_metrics` (`synthetic`,`score_originality`) WHERE "score_originality" IS NOT NULL;--> statement-breakpoint
-- The rollups gained the score and on-time totals: rebuild every cell and every agency's totals from the
-- report rows on the next refresh (at start or after an import).
INSERT OR IGNORE INTO rollup_dirty (synthetic, year, province_code)
SELECT DISTINCT synthetic, year, coalesce(province_code, '') FROM report_metrics;--> statement-breakpoint
INSERT OR IGNORE INTO presence_dirty (agency_id) SELECT DISTINCT agency_id FROM report_metrics;
