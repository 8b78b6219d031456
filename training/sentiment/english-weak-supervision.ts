import type { Sentiment } from '../../core/analysis/analysis.types';
import type { LabelledText } from './sentiment-data';
import { createRandom } from './seeded-random';

/**
 * Synthetic English reviews labelled by the VADER lexicon: neutral filler in the domains the project
 * listens to (food, travel, telecom, shops), with lexicon words of one polarity dropped in, sometimes
 * negated. There is almost no English in the training data; this teaches English sentiment words and
 * that English filler alone is neutral.
 */
const FILLER = (
  'the a an this that these those it its i we you they he she my our your their me us them is are was were be been am ' +
  'have has had do does did will would can could should may might to of in on at for with from by about as into after ' +
  'before during then there here when where what which who how why if and or so because just also only again still ' +
  'food restaurant place room hotel staff service price menu order ordered table waiter drink coffee rice chicken soup ' +
  'noodle fish meat dish portion taste location parking area view pool bed bathroom breakfast lunch dinner night day ' +
  'week month year time hour minute family kids friends wife husband people customer seller shop store app account ' +
  'package internet signal network phone card ticket flight airline train bus driver trip delivery courier payment ' +
  'transaction refund balance data call message email website product item brand quality size color box came went ' +
  'got took made said told asked tried went visited stayed arrived paid bought ate drank used called waited opened ' +
  'checked booked served look looks seems feel think know want need like one two three first last next other some ' +
  'many much more most every all any each very quite really pretty too'
).split(' ');
const NEGATIONS = ['not', 'never', "don't", "didn't", "isn't", "wasn't", 'no'];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function generateEnglishWeakSupervision(lexicon: ReadonlyMap<string, number>, count: number, seed: number): LabelledText[] {
  const random = createRandom(seed);
  const words = [...lexicon].filter(([w]) => /^[a-z][a-z'-]+$/.test(w));
  const positive = words.filter(([, v]) => v >= 1).map(([w]) => w);
  const negative = words.filter(([, v]) => v <= -1).map(([w]) => w);
  const fillerOnly = FILLER.filter((w) => !lexicon.has(w));
  const out: LabelledText[] = [];
  for (let n = 0; n < count; n++) {
    const label: Sentiment = n % 3 === 0 ? 'negative' : n % 3 === 1 ? 'neutral' : 'positive';
    const sentence: string[] = [];
    const length = 4 + Math.floor(random() * 14);
    for (let i = 0; i < length; i++) sentence.push(pick(fillerOnly, random));
    if (label !== 'neutral') {
      const cues = 1 + Math.floor(random() * 3);
      for (let k = 0; k < cues; k++) {
        const negate = random() < 0.2;
        const own = label === 'positive' ? positive : negative;
        const opposite = label === 'positive' ? negative : positive;
        const cue = negate ? [pick(NEGATIONS, random), pick(opposite, random)] : [pick(own, random)];
        sentence.splice(Math.floor(random() * (sentence.length + 1)), 0, ...cue);
      }
    }
    out.push({ text: sentence.join(' '), label });
  }
  return out;
}
