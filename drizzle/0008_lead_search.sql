-- Text search of the Leads page: a trigram index over each lead's name, e-mail, company and phone,
-- so finding one lead among hundreds of thousands reads the index, not every row. Rowids are the
-- leads' own (the app never VACUUMs, so they stay put); triggers keep it in step.
CREATE VIRTUAL TABLE `lead_search` USING fts5(
	`full_name`, `email`, `company`, `phone`,
	tokenize = 'trigram remove_diacritics 1'
);
--> statement-breakpoint
INSERT INTO `lead_search` (`rowid`, `full_name`, `email`, `company`, `phone`)
	SELECT rowid, full_name, email, company, phone FROM `leads`;
--> statement-breakpoint
CREATE TRIGGER `lead_search_insert` AFTER INSERT ON `leads` BEGIN
	INSERT INTO `lead_search` (`rowid`, `full_name`, `email`, `company`, `phone`)
		VALUES (new.rowid, new.full_name, new.email, new.company, new.phone);
END;
--> statement-breakpoint
CREATE TRIGGER `lead_search_update` AFTER UPDATE OF `full_name`, `email`, `company`, `phone` ON `leads`
	WHEN old.full_name IS NOT new.full_name OR old.email IS NOT new.email OR old.company IS NOT new.company
		OR old.phone IS NOT new.phone BEGIN
	UPDATE `lead_search` SET `full_name` = new.full_name, `email` = new.email, `company` = new.company,
		`phone` = new.phone WHERE `rowid` = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `lead_search_delete` AFTER DELETE ON `leads` BEGIN
	DELETE FROM `lead_search` WHERE `rowid` = old.rowid;
END;
