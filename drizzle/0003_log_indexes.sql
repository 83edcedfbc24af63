CREATE INDEX `dispatches_log_idx` ON `dispatches` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `dispatches_client_log_idx` ON `dispatches` (`client_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `dispatches_integration_log_idx` ON `dispatches` (`integration_id`,`created_at`,`id`);