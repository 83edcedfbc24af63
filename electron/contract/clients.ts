import { z } from 'zod';

export const CLIENT_NAME_MAX = 80;

export const clientIdSchema = z.uuid();

/** Trimmed, inner whitespace collapsed; reasons are stable so the UI can translate them. */
export const clientNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, { error: 'empty' }).max(CLIENT_NAME_MAX, { error: 'too_long' }));

export const clientSchema = z.object({
  id: clientIdSchema,
  name: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  archivedAt: z.number().int().nullable(),
});
export type Client = z.infer<typeof clientSchema>;

export const clientsChannels = {
  'clients:list': {
    input: z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }),
    output: z.array(clientSchema),
  },
  'clients:create': {
    input: z.object({ name: clientNameSchema }),
    output: clientSchema,
  },
  'clients:rename': {
    input: z.object({ id: clientIdSchema, name: clientNameSchema }),
    output: clientSchema,
  },
  'clients:archive': {
    input: z.object({ id: clientIdSchema }),
    output: clientSchema,
  },
  'clients:restore': {
    input: z.object({ id: clientIdSchema }),
    output: clientSchema,
  },
  'clients:getCurrent': {
    input: z.object({}).default({}),
    output: clientSchema.nullable(),
  },
  'clients:setCurrent': {
    input: z.object({ id: clientIdSchema }),
    output: clientSchema,
  },
} as const;

export const clientsEvents = {
  'clients:changed': z.object({
    reason: z.enum(['created', 'renamed', 'archived', 'restored', 'current']),
    clientId: clientIdSchema,
  }),
} as const;
