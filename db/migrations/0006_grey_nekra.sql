ALTER TABLE `report_metrics` ADD `disclosure_rate` real;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `disclosure_rate_excluding_rejected` real;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `denial_rate` real;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `unable_rate` real;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `review_correction_rate` real;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `litigation_correction_rate` real;--> statement-breakpoint
-- Rates of the rows already stored, by the formulas lib/metrics uses on insert (printed from metric-sql.ts rowRateSql when this was written).
UPDATE `report_metrics` SET
  `disclosure_rate` = (CASE WHEN "granted" IS NOT NULL AND "partial" IS NOT NULL AND "handled" IS NOT NULL AND ("handled") > 0 THEN CAST("granted" + "partial" AS REAL) / ("handled") END),
  `disclosure_rate_excluding_rejected` = (CASE WHEN "granted" IS NOT NULL AND "partial" IS NOT NULL AND "handled" IS NOT NULL AND "rejected" IS NOT NULL AND "other_outcome" IS NOT NULL AND ("handled" - "rejected" - "other_outcome") > 0 THEN CAST("granted" + "partial" AS REAL) / ("handled" - "rejected" - "other_outcome") END),
  `denial_rate` = (CASE WHEN "denied" IS NOT NULL AND "handled" IS NOT NULL AND ("handled") > 0 THEN CAST("denied" AS REAL) / ("handled") END),
  `unable_rate` = (CASE WHEN "unable" IS NOT NULL AND "handled" IS NOT NULL AND ("handled") > 0 THEN CAST("unable" AS REAL) / ("handled") END),
  `review_correction_rate` = (CASE WHEN "review_corrected" IS NOT NULL AND "review_total" IS NOT NULL AND "review_pending" IS NOT NULL AND ("review_total" - "review_pending") > 0 THEN CAST("review_corrected" AS REAL) / ("review_total" - "review_pending") END),
  `litigation_correction_rate` = (CASE WHEN "litigation_direct_corrected" IS NOT NULL AND "litigation_after_review_corrected" IS NOT NULL AND "litigation_direct_total" IS NOT NULL AND "litigation_after_review_total" IS NOT NULL AND "litigation_direct_pending" IS NOT NULL AND "litigation_after_review_pending" IS NOT NULL AND ("litigation_direct_total" + "litigation_after_review_total" - "litigation_direct_pending" - "litigation_after_review_pending") > 0 THEN CAST("litigation_direct_corrected" + "litigation_after_review_corrected" AS REAL) / ("litigation_direct_total" + "litigation_after_review_total" - "litigation_direct_pending" - "litigation_after_review_pending") END);
