/** The whole schema, gathered from each domain's own table definitions (drizzle-kit reads this file). */
export * from '../clients/schema';
export * from '../vault/schema';
export * from '../leads/schema';
export * from '../integrations/schema';
export * from '../dispatch/schema';
export * from '../dispatch/bulk/schema';
export * from '../scoring/schema';
export * from '../audit/schema';
