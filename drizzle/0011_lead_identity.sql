-- A lead's identity for the repeated-lead policies: its e-mail, or without one its phone. A virtual
-- generated column, so every lead already stored has it at once, with no rewrite of the table; the
-- index on it (with the time, for "the latest such lead") replaces the e-mail index, which only the
-- repeated-e-mail lookup used.
DROP INDEX `leads_client_email_idx`;--> statement-breakpoint
ALTER TABLE `leads` ADD `identity_key` text GENERATED ALWAYS AS (CASE
  WHEN "email_key" <> '' THEN 'e:' || "email_key"
  WHEN "phone_e164" <> '' THEN 'p:' || "phone_e164"
  ELSE 'n:' || nullif(replace(replace(replace(replace(replace(replace(replace(coalesce("phone", ''),
    ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), '+', ''), '')
END) VIRTUAL;--> statement-breakpoint
CREATE INDEX `leads_client_identity_idx` ON `leads` (`client_id`,`identity_key`,`received_at`);--> statement-breakpoint
-- The import report says what became of each row. Until now it listed refused rows (with an error)
-- and rows imported with a warning.
ALTER TABLE `lead_import_issues` ADD `outcome` text DEFAULT 'imported' NOT NULL;--> statement-breakpoint
UPDATE `lead_import_issues` SET `outcome` = 'refused' WHERE EXISTS (
	SELECT 1 FROM `lead_import_issues` AS `e`
	WHERE `e`.`import_id` = `lead_import_issues`.`import_id` AND `e`.`row` = `lead_import_issues`.`row`
		AND `e`.`severity` = 'error'
);--> statement-breakpoint
ALTER TABLE `lead_imports` ADD `repeated` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `lead_imports` ADD `with_problems` integer DEFAULT 0 NOT NULL;
