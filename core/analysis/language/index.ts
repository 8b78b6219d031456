export { detectLanguage, type LanguageGuess } from './language.detector';
