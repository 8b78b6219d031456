import { describe, expect, it } from 'vitest';
import { classifyCategories, DEFAULT_CATEGORY_RULES } from './categories/index';
import { detectLanguage } from './language/index';
import { detectSpam } from './spam/index';
import { normaliseText } from './text/index';
import { scoreToxicity } from './toxicity/index';

/** The signal functions fed by the real text normaliser, as the analysis pipeline calls them. */
describe('signals on normalised text', () => {
  const run = (raw: string) => {
    const normalised = normaliseText(raw);
    return {
      language: detectLanguage(raw, normalised).language,
      toxicity: scoreToxicity(normalised, raw),
      spam: detectSpam(normalised, raw),
      categories: classifyCategories(normalised, DEFAULT_CATEGORY_RULES),
    };
  };

  it('keeps anjir an exclamation although the normaliser expands it to anjing', () => {
    expect(run('anjir keren banget').toxicity.toxicity).toBeLessThan(0.15);
  });

  it('reads slang-expanded phrases for categories', () => {
    expect(run('paket blm nyampe, cs gak respon').categories).toEqual(['service_delivery']);
    expect(run('gak bisa login dari pagi, aplikasi error').categories).toEqual(['outage']);
  });

  it('finds insults inside split hashtags', () => {
    expect(run('#DasarGoblok').toxicity.labels).toEqual(['insult']);
  });

  it('reads Javanese from the tokens before slang expansion', () => {
    expect(run('aku ora ngerti kok iso koyo ngene').language).toBe('jv');
  });

  it('flags gambling spam', () => {
    expect(run('slot gacor maxwin hari ini, link di bio').spam.spam).toBe(true);
  });
});
