import { z } from 'zod';
import { RoleSchema } from './auth';

export const CreateWorkspaceSchema = z.object({ name: z.string().trim().min(1).max(100) });

export const MemberSchema = z.object({
  userId: z.number(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  joinedAt: z.number(),
});
export type Member = z.infer<typeof MemberSchema>;

export const InvitationSchema = z.object({
  id: z.number(),
  email: z.string(),
  role: RoleSchema,
  createdAt: z.number(),
  expiresAt: z.number(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const MembersResponseSchema = z.object({
  members: z.array(MemberSchema),
  invitations: z.array(InvitationSchema),
});

export const InviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  role: RoleSchema,
});

/** A new invitation carries its link once; existing users are added at once instead. */
export const InviteResultSchema = z.object({
  member: MemberSchema.nullable(),
  invitation: InvitationSchema.nullable(),
  inviteUrl: z.string().nullable(),
});

export const UpdateMemberSchema = z.object({ role: RoleSchema });
