-- Bulk requests (ActiveCampaign's import of up to 250 contacts): each recorded before it is sent, with the position of
-- every dispatch in it, and the remote's batch id stored as soon as it answers, so that after a crash the app asks for
-- the batch's status instead of sending it again. A dispatch carried by a batch points at it while sending, and each
-- attempt says which batch it went through.
CREATE TABLE `dispatch_batch_items` (
	`batch_id` text NOT NULL,
	`position` integer NOT NULL,
	`dispatch_id` text NOT NULL,
	PRIMARY KEY(`batch_id`, `position`),
	FOREIGN KEY (`batch_id`) REFERENCES `dispatch_batches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dispatch_id`) REFERENCES `dispatches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dispatch_batch_items_dispatch_idx` ON `dispatch_batch_items` (`dispatch_id`);--> statement-breakpoint
CREATE TABLE `dispatch_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`number` integer NOT NULL,
	`client_id` text NOT NULL,
	`integration_id` text NOT NULL,
	`state` text NOT NULL,
	`contacts` integer NOT NULL,
	`remote_id` text,
	`remote_status` text,
	`failed` integer,
	`polls` integer DEFAULT 0 NOT NULL,
	`next_poll_at` integer,
	`interruptions` integer DEFAULT 0 NOT NULL,
	`calls` text,
	`notes` text,
	`created_at` integer NOT NULL,
	`submitted_at` integer,
	`finished_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`integration_id`) REFERENCES `integrations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dispatch_batches_number_idx` ON `dispatch_batches` (`number`);--> statement-breakpoint
CREATE INDEX `dispatch_batches_open_idx` ON `dispatch_batches` (`state`,`next_poll_at`) WHERE "dispatch_batches"."state" IN ('recorded', 'submitted', 'following');--> statement-breakpoint
CREATE INDEX `dispatch_batches_integration_idx` ON `dispatch_batches` (`integration_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `dispatch_attempts` ADD `batch_id` text;--> statement-breakpoint
ALTER TABLE `dispatches` ADD `batch_id` text;