DROP INDEX `dispatches_client_created_idx`;--> statement-breakpoint
CREATE INDEX `dispatches_errors_idx` ON `dispatches` (`client_id`,`updated_at`) WHERE "dispatches"."state" = 'error';