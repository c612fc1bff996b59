CREATE INDEX `metrics_disclosure_rate_over_one` ON `report_metrics` (`disclosure_rate`) WHERE "disclosure_rate" > 1;--> statement-breakpoint
CREATE INDEX `metrics_disclosure_rate_excluding_rejected_over_one` ON `report_metrics` (`disclosure_rate_excluding_rejected`) WHERE "disclosure_rate_excluding_rejected" > 1;--> statement-breakpoint
CREATE INDEX `metrics_denial_rate_over_one` ON `report_metrics` (`denial_rate`) WHERE "denial_rate" > 1;--> statement-breakpoint
CREATE INDEX `metrics_unable_rate_over_one` ON `report_metrics` (`unable_rate`) WHERE "unable_rate" > 1;--> statement-breakpoint
CREATE INDEX `metrics_review_correction_rate_over_one` ON `report_metrics` (`review_correction_rate`) WHERE "review_correction_rate" > 1;--> statement-breakpoint
CREATE INDEX `metrics_litigation_correction_rate_over_one` ON `report_metrics` (`litigation_correction_rate`) WHERE "litigation_correction_rate" > 1;