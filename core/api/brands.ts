import { z } from 'zod';

export const BrandKindSchema = z.enum(['own', 'competitor']);

export const BrandSchema = z.object({
  id: z.number(),
  name: z.string(),
  kind: BrandKindSchema,
  description: z.string(),
  queryCount: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Brand = z.infer<typeof BrandSchema>;

const BrandFields = {
  name: z.string().trim().min(1).max(100),
  kind: BrandKindSchema,
  description: z.string().trim().max(1000),
};
export const BrandInputSchema = z.object({
  ...BrandFields,
  kind: BrandFields.kind.default('own'),
  description: BrandFields.description.default(''),
});
export type BrandInput = z.input<typeof BrandInputSchema>;
// Built without the defaults: zod applies `.default()` inside `.partial()`, so a patch would reset omitted fields.
export const BrandPatchSchema = z.object(BrandFields).partial();

export const WatchQuerySchema = z.object({
  id: z.number(),
  brandId: z.number(),
  name: z.string(),
  query: z.string(),
  enabled: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type WatchQuery = z.infer<typeof WatchQuerySchema>;

const WatchQueryFields = {
  name: z.string().trim().min(1).max(100),
  query: z.string().trim().min(1).max(2000),
  enabled: z.boolean(),
};
export const WatchQueryInputSchema = z.object({ ...WatchQueryFields, enabled: WatchQueryFields.enabled.default(true) });
export type WatchQueryInput = z.input<typeof WatchQueryInputSchema>;
export const WatchQueryPatchSchema = z.object(WatchQueryFields).partial();

export const QueryPreviewRequestSchema = z.object({ query: z.string().max(2000) });
