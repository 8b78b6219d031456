export { extractKeyPhrases } from './key-phrases';
