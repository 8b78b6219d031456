import { z } from 'zod';

export const AuditEntrySchema = z.object({
  id: z.number(),
  action: z.string(),
  actor: z.object({ userId: z.number().nullable(), name: z.string().nullable(), tokenId: z.number().nullable() }),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.unknown(),
  ip: z.string().nullable(),
  createdAt: z.number(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditListQuerySchema = z.object({
  action: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
