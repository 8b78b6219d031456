import type { NormalisedText, Token } from '../../core/analysis/analysis.types';

/**
 * A stand-in normaliser for experiments until `core/analysis/text` is available: lower-case, emoji and
 * emoticons as signals, a few slang expansions, `nya` split off, repeated letters squeezed.
 */
const SLANG: Record<string, string> = {
  gak: 'tidak',
  ga: 'tidak',
  gk: 'tidak',
  nggak: 'tidak',
  enggak: 'tidak',
  ngga: 'tidak',
  tdk: 'tidak',
  tak: 'tidak',
  yg: 'yang',
  bgt: 'banget',
  sdh: 'sudah',
  udah: 'sudah',
  udh: 'sudah',
  blm: 'belum',
  krn: 'karena',
  dgn: 'dengan',
  jg: 'juga',
  aja: 'saja',
  tp: 'tapi',
  utk: 'untuk',
  bgs: 'bagus',
};
const EMOJI = /\p{Extended_Pictographic}/gu;
const EMOTICON = /(?:^|\s)([:;=]-?[()DPp\][/\\]|<3)(?=\s|$)/g;

export function simpleNormalise(text: string): NormalisedText {
  const signals: string[] = [];
  const tokens: Token[] = [];
  let rest = text.replace(/https?:\/\/\S+/g, ' ').replace(/@\w+/g, ' ');
  rest = rest.replace(EMOTICON, (_m, e: string) => {
    signals.push(e);
    return ' ';
  });
  rest = rest.replace(EMOJI, (e) => {
    signals.push(e);
    return ' ';
  });
  const words: string[] = [];
  for (const piece of rest.toLowerCase().split(/[^\p{L}\p{N}']+/u)) {
    const raw = piece.replace(/^'+|'+$/g, '');
    if (!raw) continue;
    let word = raw.replace(/(\p{L})\1{2,}/gu, '$1');
    word = SLANG[word] ?? word;
    tokens.push({ kind: 'word', raw, norm: word });
    if (word.length > 5 && word.endsWith('nya')) words.push(word.slice(0, -3), 'nya');
    else if (words[words.length - 1] !== word || !/-/.test(piece)) words.push(word);
  }
  return { tokens, words, signals };
}
