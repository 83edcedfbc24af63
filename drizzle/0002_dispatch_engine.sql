DROP INDEX `dispatches_integration_state_idx`;--> statement-breakpoint
ALTER TABLE `dispatches` ADD `attempt_started_at` integer;--> statement-breakpoint
ALTER TABLE `dispatches` ADD `remote_id` text;--> statement-breakpoint
ALTER TABLE `dispatches` ADD `resend_of` text;--> statement-breakpoint
CREATE INDEX `dispatches_integration_due_idx` ON `dispatches` (`integration_id`,`state`,`next_attempt_at`);