export { scoreToxicity, scoreToxicityOf, type ToxicityScore } from './toxicity.scorer';
export type { ToxicityLabel } from './toxicity.lexicon';
