/** Who did something: a signed-in user, an API token, or the system itself (both null). */
export interface Actor {
  userId: number | null;
  tokenId: number | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, tokenId: null, ip: null };
