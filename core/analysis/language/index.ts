export { detectLanguage, detectLanguageOf, type LanguageGuess } from './language.detector';
