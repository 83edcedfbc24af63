-- The history of changes of each client's configuration: one row per change (its time, kind, subject and a
-- summary with the changed settings as JSON text, never a secret), written in the change's own transaction.
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`subject_id` text,
	`subject_name` text,
	`summary` text NOT NULL,
	`details` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audit_log_client_idx` ON `audit_log` (`client_id`,`at`,`id`);