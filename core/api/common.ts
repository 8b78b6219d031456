import { z } from 'zod';

export const IdSchema = z.coerce.number().int().positive();

/** A message that tells a missing value from a wrong one. */
export function requiredOr(what: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? 'required' : `must be ${what}`) };
}

/** Epoch milliseconds, epoch seconds or an ISO 8601 date; everything inside is epoch milliseconds. */
export const TimestampInputSchema = z
  .union([z.number().int().nonnegative(), z.string().trim().min(1)], requiredOr('an ISO 8601 date or epoch milliseconds'))
  .transform((value, ctx) => {
    if (typeof value === 'number') return value < 1e11 ? value * 1000 : value;
    const ms = /^\d{10}$/.test(value) ? Number(value) * 1000 : /^\d{11,13}$/.test(value) ? Number(value) : Date.parse(value);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: `not a date: "${value.slice(0, 40)}" (use ISO 8601, e.g. 2026-11-21T08:30:00+07:00)` });
      return z.NEVER;
    }
    return ms;
  });

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const OkSchema = z.object({ ok: z.literal(true) });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
