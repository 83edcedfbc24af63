// Without zod: the import's worker thread reads leads with it (docs/architecture.md, "Memory").

export const leadOrigins = ['csv', 'manual', 'api', 'test'] as const;
export type LeadOrigin = (typeof leadOrigins)[number];
export const leadEmailKinds = ['corporate', 'free', 'typo', 'disposable', 'invalid', 'missing'] as const;
export type LeadEmailKind = (typeof leadEmailKinds)[number];
