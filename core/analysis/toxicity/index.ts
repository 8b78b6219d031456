export { scoreToxicity, type ToxicityScore } from './toxicity.scorer.js';
export type { ToxicityLabel } from './toxicity.lexicon.js';
