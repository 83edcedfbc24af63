-- Re-scoring a client's existing leads after its scoring profile changed: each run's choices, progress and
-- outcome (counts written with every batch, so an interrupted run still says what it did), and the dispatches a
-- run cancelled because their lead stopped qualifying, so that only those are queued again if the lead qualifies
-- again later.
CREATE TABLE `rescore_cancellations` (
	`dispatch_id` text PRIMARY KEY NOT NULL,
	`job_id` text NOT NULL,
	FOREIGN KEY (`dispatch_id`) REFERENCES `dispatches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`job_id`) REFERENCES `rescore_jobs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rescore_cancellations_job_idx` ON `rescore_cancellations` (`job_id`);--> statement-breakpoint
CREATE TABLE `rescore_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`profile_name` text NOT NULL,
	`scope` text NOT NULL,
	`queued` text NOT NULL,
	`state` text NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`rescored` integer DEFAULT 0 NOT NULL,
	`changed` integer DEFAULT 0 NOT NULL,
	`newly_qualified` integer DEFAULT 0 NOT NULL,
	`no_longer_qualified` integer DEFAULT 0 NOT NULL,
	`dispatches_cancelled` integer DEFAULT 0 NOT NULL,
	`dispatches_kept` integer DEFAULT 0 NOT NULL,
	`dispatches_queued` integer DEFAULT 0 NOT NULL,
	`dispatches_skipped` integer DEFAULT 0 NOT NULL,
	`message` text,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rescore_jobs_client_idx` ON `rescore_jobs` (`client_id`,`started_at`);