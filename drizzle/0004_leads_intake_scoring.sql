CREATE TABLE `intake_requests` (
	`client_id` text NOT NULL,
	`key` text NOT NULL,
	`body_hash` text NOT NULL,
	`lead_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`client_id`, `key`),
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `intake_requests_created_idx` ON `intake_requests` (`created_at`);--> statement-breakpoint
CREATE TABLE `lead_import_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` text NOT NULL,
	`row` integer NOT NULL,
	`line` integer NOT NULL,
	`code` text NOT NULL,
	`severity` text NOT NULL,
	`field` text,
	`column` text,
	`message` text NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `lead_imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lead_import_issues_import_idx` ON `lead_import_issues` (`import_id`,`row`);--> statement-breakpoint
CREATE TABLE `lead_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`file_name` text NOT NULL,
	`state` text NOT NULL,
	`duplicate_policy` text NOT NULL,
	`rows` integer DEFAULT 0 NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`duplicates` integer DEFAULT 0 NOT NULL,
	`invalid` integer DEFAULT 0 NOT NULL,
	`qualified` integer DEFAULT 0 NOT NULL,
	`message` text,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lead_imports_client_idx` ON `lead_imports` (`client_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `lead_settings` (
	`client_id` text PRIMARY KEY NOT NULL,
	`email_allowlist` text DEFAULT '[]' NOT NULL,
	`mx_check` integer DEFAULT false NOT NULL,
	`intake_enabled` integer DEFAULT false NOT NULL,
	`intake_token_hash` text,
	`intake_token_hint` text,
	`intake_token_created_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `scoring_profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`rules` text NOT NULL,
	`ranges` text NOT NULL,
	`qualify_at` integer NOT NULL,
	`active` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scoring_profiles_name_uq` ON `scoring_profiles` (`client_id`,`name_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `scoring_profiles_active_uq` ON `scoring_profiles` (`client_id`) WHERE "scoring_profiles"."active" = 1;--> statement-breakpoint
CREATE INDEX `scoring_profiles_client_idx` ON `scoring_profiles` (`client_id`);--> statement-breakpoint
ALTER TABLE `leads` ADD `origin` text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE `leads` ADD `import_id` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `email_kind` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `issue_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `leads_import_idx` ON `leads` (`import_id`);--> statement-breakpoint
UPDATE `leads` SET `origin` = 'test' WHERE `is_test` = 1;--> statement-breakpoint
UPDATE `leads` SET
	`email_kind` = CASE json_extract(`validation`, '$.email.status')
		WHEN 'missing' THEN 'missing'
		WHEN 'invalid' THEN 'invalid'
		ELSE json_extract(`validation`, '$.email.kind') END,
	`issue_count` = coalesce(json_array_length(`validation`, '$.issues'), 0)
WHERE `validation` IS NOT NULL;
