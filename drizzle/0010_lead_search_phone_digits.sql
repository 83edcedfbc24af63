-- Leads found by their phone's digits however either side wrote it: "(27)967255745", "27 96725-5745"
-- and "+55 27 96725-5745" all match a search for 27967255745. The trigram index gets a column with
-- the typed phone's digits (separators people type removed) and the E.164 number's; FTS5 tables
-- cannot take a new column, so the index is made again from the leads, with the same triggers.
DROP TRIGGER IF EXISTS `lead_search_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `lead_search_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `lead_search_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `lead_search`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `lead_search` USING fts5(
	`full_name`, `email`, `company`, `phone`, `phone_digits`,
	tokenize = 'trigram remove_diacritics 1'
);
--> statement-breakpoint
INSERT INTO `lead_search` (`rowid`, `full_name`, `email`, `company`, `phone`, `phone_digits`)
	SELECT rowid, full_name, email, company, phone,
		replace(replace(replace(replace(replace(replace(replace(coalesce(phone, ''), ' ', ''), '(', ''), ')', ''),
			'-', ''), '.', ''), '+', ''), '/', '') || ' ' || substr(coalesce(phone_e164, ''), 2)
	FROM `leads`;
--> statement-breakpoint
CREATE TRIGGER `lead_search_insert` AFTER INSERT ON `leads` BEGIN
	INSERT INTO `lead_search` (`rowid`, `full_name`, `email`, `company`, `phone`, `phone_digits`)
		VALUES (new.rowid, new.full_name, new.email, new.company, new.phone,
			replace(replace(replace(replace(replace(replace(replace(coalesce(new.phone, ''), ' ', ''), '(', ''), ')', ''),
				'-', ''), '.', ''), '+', ''), '/', '') || ' ' || substr(coalesce(new.phone_e164, ''), 2));
END;
--> statement-breakpoint
CREATE TRIGGER `lead_search_update` AFTER UPDATE OF `full_name`, `email`, `company`, `phone`, `phone_e164` ON `leads`
	WHEN old.full_name IS NOT new.full_name OR old.email IS NOT new.email OR old.company IS NOT new.company
		OR old.phone IS NOT new.phone OR old.phone_e164 IS NOT new.phone_e164 BEGIN
	UPDATE `lead_search` SET `full_name` = new.full_name, `email` = new.email, `company` = new.company,
		`phone` = new.phone,
		`phone_digits` = replace(replace(replace(replace(replace(replace(replace(coalesce(new.phone, ''), ' ', ''),
			'(', ''), ')', ''), '-', ''), '.', ''), '+', ''), '/', '') || ' ' || substr(coalesce(new.phone_e164, ''), 2)
		WHERE `rowid` = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `lead_search_delete` AFTER DELETE ON `leads` BEGIN
	DELETE FROM `lead_search` WHERE `rowid` = old.rowid;
END;
