CREATE TABLE `leads` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`full_name` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`email_key` text DEFAULT '' NOT NULL,
	`phone` text,
	`phone_e164` text,
	`company` text,
	`cnpj` text,
	`job_title` text,
	`city` text,
	`state` text,
	`source` text,
	`utm` text,
	`custom` text,
	`received_at` integer NOT NULL,
	`validation` text,
	`score` integer,
	`score_range` text,
	`qualified` integer DEFAULT false NOT NULL,
	`reasons` text,
	`is_test` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `leads_client_received_idx` ON `leads` (`client_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `leads_client_email_idx` ON `leads` (`client_id`,`email_key`);--> statement-breakpoint
CREATE TABLE `integrations` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`type` text NOT NULL,
	`name` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`status_reason` text,
	`config` text NOT NULL,
	`filters` text,
	`credential_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `integrations_client_idx` ON `integrations` (`client_id`);--> statement-breakpoint
CREATE INDEX `integrations_status_idx` ON `integrations` (`status`);--> statement-breakpoint
CREATE TABLE `dispatch_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dispatch_id` text NOT NULL,
	`client_id` text NOT NULL,
	`number` integer NOT NULL,
	`started_at` integer NOT NULL,
	`duration_ms` integer,
	`outcome` text NOT NULL,
	`error_class` text,
	`status_code` integer,
	`message` text,
	`calls` text,
	`response_headers` text,
	`response_excerpt` text,
	`notes` text,
	FOREIGN KEY (`dispatch_id`) REFERENCES `dispatches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `attempts_dispatch_idx` ON `dispatch_attempts` (`dispatch_id`,`number`);--> statement-breakpoint
CREATE INDEX `attempts_client_started_idx` ON `dispatch_attempts` (`client_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `dispatches` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`lead_id` text NOT NULL,
	`integration_id` text NOT NULL,
	`state` text NOT NULL,
	`attempt_count` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`lease_expires_at` integer,
	`steps` text,
	`held_reason` text,
	`skip_reason` text,
	`last_error_class` text,
	`last_error` text,
	`last_status` integer,
	`is_test` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`integration_id`) REFERENCES `integrations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dispatches_due_idx` ON `dispatches` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `dispatches_client_created_idx` ON `dispatches` (`client_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `dispatches_integration_state_idx` ON `dispatches` (`integration_id`,`state`);--> statement-breakpoint
CREATE INDEX `dispatches_lead_idx` ON `dispatches` (`lead_id`);