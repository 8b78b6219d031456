import { NEGATIONS } from '../text/stopwords';

/**
 * Closed word lists the features are built around. They are language knowledge, not learnt weights:
 * the model learns how much each cue matters, these lists only say where a cue's reach starts and stops.
 */

/** Words that flip the polarity of what follows (`tidak enak`, `not good`): the text module's negations. */
export const NEGATORS: ReadonlySet<string> = NEGATIONS;

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

/**
 * Adversatives, a subset of the scope breakers: the clause after one usually carries a mixed text's verdict
 * (`enak tapi mahal`), so its words get contrast features. Concessives (`walaupun`, `although`) are left out.
 */
export const ADVERSATIVES: ReadonlySet<string> = new Set(['tapi', 'tetapi', 'namun', 'padahal', 'melainkan', 'but', 'however', 'yet']);

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

/** Dampeners weaken the next word (`agak mahal`, `slightly slow`). */
export const DAMPENERS: ReadonlySet<string> = new Set([
  'agak',
  'sedikit',
  'lumayan',
  'cukup',
  'kurang',
  'slightly',
  'somewhat',
  'kinda',
  'sort',
  'barely',
  'hardly',
  'little',
  'marginally',
  'partly',
  'fairly',
]);

/** Valence step of an intensifier or dampener on the word it modifies (VADER's scalar). */
export const BOOSTER_STEP = 0.293;
/** Extra valence of a lexicon word written in capitals among lower-case words. */
export const CAPS_STEP = 0.733;
/** Valence added per `!` (up to four) in the direction of the text's sum. */
export const EXCLAMATION_STEP = 0.292;
/** Clause weights around a contrast word: the part after `tapi` / `but` counts more. */
export const BEFORE_CONTRAST = 0.5;
export const AFTER_CONTRAST = 1.5;

/**
 * Very common English function words that are not Indonesian words: their share of a text's words
 * tells English from Indonesian well enough for the English-only features.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an this that these those is are was were be been being am have has had do does did will would can could ' +
    'should shall must might may it its i you he she we they me him her us them my your his our their of to in on at ' +
    'for with from by about as into than then there here what which who whom whose when where why how if because ' +
    'and or so not no very too also just only all any some more most such own same other after before again out up ' +
    'down over under while during through until both each few many much'
  ).split(' '),
);
