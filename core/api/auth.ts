import { z } from 'zod';
import { ROLES } from '../policy';

export const LocaleSchema = z.enum(['id', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;
export const RoleSchema = z.enum(ROLES);

const email = z.string().trim().toLowerCase().email().max(254);
/** Long passphrases are welcome; short ones are refused. */
export const PasswordSchema = z.string().min(10, 'at least 10 characters').max(200);

export const UserSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  locale: LocaleSchema,
});
export type User = z.infer<typeof UserSchema>;

export const WorkspaceSummarySchema = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  role: RoleSchema,
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummarySchema>;

export const SessionInfoSchema = z.object({
  user: UserSchema,
  workspaces: z.array(WorkspaceSummarySchema),
  csrfToken: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const SetupStatusSchema = z.object({ needsSetup: z.boolean() });

export const SetupRequestSchema = z.object({
  token: z.string().trim().min(1),
  workspaceName: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(100),
  email,
  password: PasswordSchema,
  locale: LocaleSchema.default('id'),
});
export type SetupRequest = z.input<typeof SetupRequestSchema>;

export const LoginRequestSchema = z.object({ email, password: z.string().min(1).max(200) });
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const UpdateMeSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  locale: LocaleSchema.optional(),
});

export const InvitationInfoSchema = z.object({
  email: z.string(),
  workspaceName: z.string(),
  role: RoleSchema,
  userExists: z.boolean(),
});

export const AcceptInvitationSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  password: PasswordSchema,
});
