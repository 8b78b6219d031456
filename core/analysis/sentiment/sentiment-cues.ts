/**
 * Closed word lists the features are built around. They are language knowledge, not learnt weights:
 * the model learns how much each cue matters, these lists only say where a cue's reach starts and stops.
 */

/** Words that flip the polarity of what follows (`tidak enak`, `not good`). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'tidak',
  'bukan',
  'belum',
  'jangan',
  'kurang',
  'tanpa',
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  "n't",
]);

/** Contractions whose negation is fused into the word (`don't`, `dont`, `isnt`). */
const FUSED_NEGATION = /^(?:do|does|did|is|are|was|were|have|has|had|ca|can|could|wo|would|should|must|ai|need)(?:n't|nt)$/;

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't") || FUSED_NEGATION.test(word);
}

/** Words that close a negation scope: the clause after a contrast has its own polarity. */
export const SCOPE_BREAKERS: ReadonlySet<string> = new Set([
  'tapi',
  'tetapi',
  'namun',
  'padahal',
  'sedangkan',
  'melainkan',
  'walaupun',
  'meskipun',
  'but',
  'however',
  'although',
  'though',
  'yet',
  'while',
]);

/** How many words after a negator it reaches when no breaker comes first. */
export const NEGATION_WINDOW = 3;

/** Intensifiers that strengthen the next word (`sangat enak`, `very good`). */
export const PRE_INTENSIFIERS: ReadonlySet<string> = new Set([
  'sangat',
  'amat',
  'terlalu',
  'paling',
  'sungguh',
  'begitu',
  'super',
  'makin',
  'semakin',
  'very',
  'really',
  'so',
  'extremely',
  'too',
  'totally',
  'absolutely',
  'incredibly',
  'truly',
  'most',
  'highly',
  'completely',
]);

/** Intensifiers that strengthen the word before them (`enak banget`, `mahal sekali`). */
export const POST_INTENSIFIERS: ReadonlySet<string> = new Set(['banget', 'sekali', 'nian', 'parah', 'abis']);

/** Valence multiplier for an intensified lexicon word, and for a negated one (VADER's constants). */
export const INTENSIFIER_BOOST = 1.3;
export const NEGATION_SCALE = -0.74;
