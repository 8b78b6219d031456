/**
 * Text emoticons and their canonical signal form. Variants with a nose, an upper-case letter or a
 * repeated mouth (`:-)`, `:D`, `:((((`) collapse to one signal so classifiers see one feature.
 */
const EMOTICON_FORMS: readonly (readonly [string, string])[] = [
  [':)', ':)'],
  [':-)', ':)'],
  ['=)', ':)'],
  [':]', ':)'],
  [':(', ':('],
  [':-(', ':('],
  ['=(', ':('],
  [':[', ':('],
  [":'(", ":'("],
  [":')", ":')"],
  [':D', ':D'],
  [':-D', ':D'],
  ['=D', ':D'],
  ['xD', 'xD'],
  ['XD', 'xD'],
  [':p', ':p'],
  [':P', ':p'],
  [':-p', ':p'],
  [':-P', ':p'],
  [';)', ';)'],
  [';-)', ';)'],
  [':v', ':v'],
  [':V', ':v'],
  [':3', ':3'],
  [':o', ':o'],
  [':O', ':o'],
  [':-o', ':o'],
  [':-O', ':o'],
  [':/', ':/'],
  [':-/', ':/'],
  [':\\', ':/'],
  [':|', ':|'],
  [':-|', ':|'],
  [':*', ':*'],
  [':-*', ':*'],
  ['<3', '<3'],
  ['</3', '</3'],
  ['T_T', 'T_T'],
  ['T.T', 'T_T'],
  ['TT_TT', 'T_T'],
  ['ToT', 'T_T'],
  [';_;', 'T_T'],
  ['-_-', '-_-'],
  ['-.-', '-_-'],
  ['^_^', '^_^'],
  ['^^', '^_^'],
  ['^.^', '^_^'],
  ['>_<', '>_<'],
  ['>.<', '>_<'],
  ['o_O', 'o_O'],
  ['O_o', 'o_O'],
  ['O_O', 'o_O'],
  ['0_0', 'o_O'],
];

export const EMOTICONS: ReadonlyMap<string, string> = new Map(EMOTICON_FORMS);

/** Longest forms first, grouped by first character, so matching tries only a few candidates. */
export const EMOTICONS_BY_FIRST_CHAR: ReadonlyMap<number, readonly string[]> = (() => {
  const byFirst = new Map<number, string[]>();
  for (const [form] of EMOTICON_FORMS) {
    const first = form.charCodeAt(0);
    const list = byFirst.get(first) ?? [];
    list.push(form);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();
