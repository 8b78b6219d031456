export { extractKeyPhrases, extractKeyPhrasesOf } from './key-phrases';
