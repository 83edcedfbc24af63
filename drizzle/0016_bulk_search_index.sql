-- Imports index their leads (and the dispatches queued for them) in one statement per batch: while
-- a bulk writer holds a row in this table, which it adds and removes inside its own transaction, the
-- insert triggers leave the new rows to it. Every other insert is indexed by the triggers as before.
CREATE TABLE `search_index_deferred` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP TRIGGER IF EXISTS `lead_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `lead_search_insert` AFTER INSERT ON `leads`
	WHEN NOT EXISTS (SELECT 1 FROM `search_index_deferred`) BEGIN
	INSERT INTO `lead_search` (`rowid`, `full_name`, `email`, `company`, `phone`, `phone_digits`)
		VALUES (new.rowid, new.full_name, new.email, new.company, new.phone,
			replace(replace(replace(replace(replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '(', ''), ')', ''),
				'-', ''), '.', ''), '+', ''), '/', '') || ' ' || substr(coalesce(new.phone_e164, ''), 2));
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `dispatch_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `dispatch_search_insert` AFTER INSERT ON `dispatches`
	WHEN NOT EXISTS (SELECT 1 FROM `search_index_deferred`) BEGIN
	INSERT INTO `dispatch_search` (`rowid`, `lead_name`, `lead_email`, `last_error`)
		SELECT new.rowid, l.full_name, l.email, new.last_error FROM `leads` l WHERE l.id = new.lead_id;
END;
