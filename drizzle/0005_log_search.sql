-- Text search of the Logs page: a trigram index over each dispatch's lead name, e-mail and last
-- message, so finding one e-mail among a million attempts reads the index, not every row.
-- Rowids are the dispatches' own; triggers keep it in step with dispatches and leads.
CREATE VIRTUAL TABLE `dispatch_search` USING fts5(
	`lead_name`, `lead_email`, `last_error`,
	tokenize = 'trigram remove_diacritics 1'
);
--> statement-breakpoint
INSERT INTO `dispatch_search` (`rowid`, `lead_name`, `lead_email`, `last_error`)
	SELECT d.rowid, l.full_name, l.email, d.last_error FROM `dispatches` d JOIN `leads` l ON l.id = d.lead_id;
--> statement-breakpoint
CREATE TRIGGER `dispatch_search_insert` AFTER INSERT ON `dispatches` BEGIN
	INSERT INTO `dispatch_search` (`rowid`, `lead_name`, `lead_email`, `last_error`)
		SELECT new.rowid, l.full_name, l.email, new.last_error FROM `leads` l WHERE l.id = new.lead_id;
END;
--> statement-breakpoint
CREATE TRIGGER `dispatch_search_error` AFTER UPDATE OF `last_error` ON `dispatches`
	WHEN old.last_error IS NOT new.last_error BEGIN
	UPDATE `dispatch_search` SET `last_error` = new.last_error WHERE `rowid` = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `dispatch_search_delete` AFTER DELETE ON `dispatches` BEGIN
	DELETE FROM `dispatch_search` WHERE `rowid` = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `dispatch_search_lead` AFTER UPDATE OF `full_name`, `email` ON `leads`
	WHEN old.full_name IS NOT new.full_name OR old.email IS NOT new.email BEGIN
	UPDATE `dispatch_search` SET `lead_name` = new.full_name, `lead_email` = new.email
		WHERE `rowid` IN (SELECT d.rowid FROM `dispatches` d WHERE d.lead_id = new.id);
END;
