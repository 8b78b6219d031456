import { describe, expect, it } from 'vitest';
import { detectLanguage, languagesOfWord } from './language.detector';
import { extractLanguageWords, squeezeRuns } from './language.words';

const SAMPLES: Record<'id' | 'en' | 'jv' | 'su' | 'ms', string[]> = {
  id: [
    'paketnya belum sampai juga, kurirnya gak jelas',
    'aplikasinya error terus dari tadi pagi',
    'makasih kak udah dibantu',
    'Pelayanannya mengecewakan, makanannya dingin',
    'udah nunggu 2 jam belum dateng juga',
    'wkwkwk',
    'mantap',
  ],
  en: [
    'the app keeps crashing after the update',
    'worst customer service ever, never again',
    'thanks for the quick response!',
    'refund please',
  ],
  jv: [
    'aku ora ngerti kok iso koyo ngene',
    'piye kabare, wis mangan durung?',
    'matur nuwun sanget nggih mas',
    'paket e durung teko, suwe tenan',
  ],
  su: ['abdi teu ngarti naon maksudna', 'kumaha damang? tos tuang acan?', 'anjeun teh saha atuh', 'hatur nuhun pisan kang'],
  ms: [
    'saya tak faham kenapa awak buat macam tu',
    'boleh tolong semak pesanan saya, dah seminggu tak sampai',
    'kenapa tak boleh log masuk sahaja',
  ],
};

describe('detectLanguage', () => {
  for (const [language, texts] of Object.entries(SAMPLES)) {
    for (const text of texts) {
      it(`${language}: ${text}`, () => {
        const guess = detectLanguage(text);
        expect(guess.language).toBe(language);
        expect(guess.confidence).toBeGreaterThan(0);
        expect(guess.confidence).toBeLessThanOrEqual(1);
      });
    }
  }

  it('keeps Indonesian with English words Indonesian', () => {
    expect(detectLanguage('sumpah service nya bagus banget, worth it parah').language).toBe('id');
    expect(detectLanguage('nggak ngerti lagi deh gue sama app ini, literally useless').language).toBe('id');
    expect(detectLanguage('Top up gagal tapi saldo kepotong, please fix asap').language).toBe('id');
  });

  it('picks English when English dominates a mixed text', () => {
    expect(detectLanguage('honestly the delivery was so slow, parah sih').language).toBe('en');
  });

  it('says und for empty, emoji-only, links and handles, and other scripts', () => {
    for (const text of ['', '   ', '😡😡😡', '😡 https://t.co/abc @brand #promo', 'このアプリは最悪です', 'ok']) {
      expect(detectLanguage(text)).toEqual({ language: 'und', confidence: 0 });
    }
  });

  it('says und for languages it does not know instead of forcing English', () => {
    expect(detectLanguage('el servicio es muy malo y la comida estaba fría').language).toBe('und');
    expect(detectLanguage('der Kundenservice ist wirklich schlecht').language).toBe('und');
    expect(detectLanguage('ang ganda naman nito salamat po').language).toBe('und');
  });

  it('is more confident on longer, cleaner text', () => {
    const short = detectLanguage('thanks').confidence;
    const long = detectLanguage(
      'thanks for the quick response, the team was really helpful and the refund is already in my account',
    ).confidence;
    expect(long).toBeGreaterThan(short);
  });

  it('reads the raw tokens of a normalised text (before slang expansion)', () => {
    const normalised = {
      tokens: ['aku', 'ora', 'ngerti', 'blas'].map((w) => ({ kind: 'word' as const, raw: w, norm: w })),
      words: ['aku', 'tidak', 'mengerti', 'blas'],
      signals: [],
    };
    expect(detectLanguage('aku ora ngerti blas', normalised).language).toBe('jv');
  });
});

describe('language word lists', () => {
  it('counts shared Malay–Indonesian words for both and regional words for their language', () => {
    expect(languagesOfWord('yang')).toEqual(['id', 'ms']);
    expect(languagesOfWord('kowe')).toEqual(['jv']);
    expect(languagesOfWord('anjeun')).toEqual(['su']);
    expect(languagesOfWord('the')).toEqual(['en']);
    expect(languagesOfWord('xyzzy')).toEqual([]);
  });
});

describe('extractLanguageWords', () => {
  it('skips URLs, handles and hashtags and squeezes long letter runs', () => {
    expect(extractLanguageWords('Kecewaaa bangeeet @cs_brand #fail https://x.co/a sama Layanan-nya').words).toEqual([
      'kecewa',
      'banget',
      'sama',
      'layanan',
      'nya',
    ]);
  });
  it('strips accents and counts other scripts', () => {
    const result = extractLanguageWords('café 最悪');
    expect(result.words).toEqual(['cafe']);
    expect(result.otherScriptLetters).toBe(2);
  });
  it('keeps double letters, squeezes triples', () => {
    expect(squeezeRuns('good')).toBe('good');
    expect(squeezeRuns('baguuus')).toBe('bagus');
  });
});
