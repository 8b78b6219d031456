/**
 * Indonesian attaches possessive clitics (-ku, -mu, -nya) and emphatic particles (-lah, -kah, -pun)
 * straight onto the word, in that order: `rumahnyapun`, `indomienyalah`. A brand name must still be
 * found inside them, so mentions are indexed under the stripped forms as well (queries never are).
 */
const PARTICLES = ['lah', 'kah', 'pun'] as const;
const POSSESSIVES = ['nya', 'ku', 'mu'] as const;

/**
 * Stripping is refused when it would leave fewer letters than this: `kulah` is not `ku` + `-lah`,
 * `buku` is not `bu` + `-ku`, `punya` is not `pu` + `-nya`. Three letters still strip `dialah` to `dia`.
 */
export const MIN_STEM_LENGTH = 3;

const NONE: readonly string[] = [];

/** Every clitic ending that may follow a hyphen (`indomie-nya`, `hp-nyalah`). */
export const CLITIC_TAILS: ReadonlySet<string> = new Set([
  ...PARTICLES,
  ...POSSESSIVES,
  ...POSSESSIVES.flatMap((possessive) => PARTICLES.map((particle) => possessive + particle)),
]);

// Most tokens end in none of these, and one lookup is far cheaper than six `endsWith` calls.
const CLITIC_LAST_LETTERS: ReadonlySet<number> = new Set([...PARTICLES, ...POSSESSIVES].map((s) => s.charCodeAt(s.length - 1)));

/** `token` without one of `suffixes`, provided enough of a stem remains. */
function stripOne(token: string, suffixes: readonly string[]): string | undefined {
  for (const suffix of suffixes) {
    if (token.endsWith(suffix)) {
      return token.length - suffix.length >= MIN_STEM_LENGTH ? token.slice(0, -suffix.length) : undefined;
    }
  }
  return undefined;
}

/**
 * The shorter forms a token is also indexed under, e.g. `indomienyalah` → `indomienya`, `indomie`.
 * Returns a shared empty array for the common case so callers on the ingest path allocate nothing.
 */
export function strippedForms(token: string): readonly string[] {
  // The shortest strippable token is a three-letter stem plus a two-letter clitic.
  if (token.length < MIN_STEM_LENGTH + 2 || !CLITIC_LAST_LETTERS.has(token.charCodeAt(token.length - 1))) return NONE;
  const withoutParticle = stripOne(token, PARTICLES);
  if (withoutParticle === undefined) {
    const withoutPossessive = stripOne(token, POSSESSIVES);
    return withoutPossessive === undefined ? NONE : [withoutPossessive];
  }
  // A particle is always outermost, so a possessive can only sit just inside it.
  const bare = stripOne(withoutParticle, POSSESSIVES);
  return bare === undefined ? [withoutParticle] : [withoutParticle, bare];
}

/** Whether the word `query` is found in the text token `token`, allowing clitics after it. */
export function tokenMatchesWord(token: string, query: string): boolean {
  if (token === query) return true;
  return token.length > query.length && token.startsWith(query) && strippedForms(token).includes(query);
}
