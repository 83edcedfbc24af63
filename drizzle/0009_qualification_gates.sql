-- Bad data no score makes up for. Every profile, the existing ones included, starts with all four
-- refusals on (invalid e-mail, probable e-mail typo, invalid phone, invalid CNPJ): the promise of
-- "zero bad leads" holds for clients nobody revisits; the profile editor turns each one off.
-- Leads keep the scores they were given; `blocked_by` says which refusal kept a lead from the CRMs.
ALTER TABLE `leads` ADD `blocked_by` text;--> statement-breakpoint
ALTER TABLE `scoring_profiles` ADD `disqualify` text DEFAULT '{"invalidEmail":true,"emailTypo":true,"invalidPhone":true,"invalidCnpj":true}' NOT NULL;