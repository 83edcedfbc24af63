import { z } from 'zod';

export const credentialIdSchema = z.string().regex(/^cred_[0-9a-f-]{36}$/);

/** All the renderer may ever learn about a secret: whether it is set, and a masked hint. */
export const credentialInfoSchema = z.object({
  id: credentialIdSchema,
  set: z.boolean(),
  hint: z.string().nullable(),
  updatedAt: z.number().int().nullable(),
  /** Set, but sealed where this computer's vault cannot open it: enter it again. */
  unreadable: z.boolean(),
});
export type CredentialInfo = z.infer<typeof credentialInfoSchema>;

export const vaultChannels = {
  'vault:describe': {
    input: z.object({ id: credentialIdSchema }),
    output: credentialInfoSchema,
  },
} as const;
