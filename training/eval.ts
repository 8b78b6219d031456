/**
 * `npm run eval -- [name…]`: runs the named evaluations (all when none is named) on the validation data
 * in ../shared/data. Add an evaluation by adding an entry to EVALUATIONS.
 */
import { detectionEvaluation } from './detection/nab-evaluation';
import { languageEvaluation } from './language/language-evaluation';
import { sentimentEvaluation } from './sentiment/sentiment-evaluation';

export interface Evaluation {
  description: string;
  /** Returns the printable report. */
  run: () => string | Promise<string>;
}

const EVALUATIONS: Record<string, Evaluation> = {
  // Sentiment reports language identification too: both read the NusaX validation texts.
  sentiment: {
    description: `${sentimentEvaluation.description}; then ${languageEvaluation.description}`,
    run: () => `${sentimentEvaluation.run()}\n${languageEvaluation.run()}`,
  },
  language: languageEvaluation,
  detection: detectionEvaluation,
};

async function main(names: string[]): Promise<void> {
  const unknown = names.filter((name) => !(name in EVALUATIONS));
  if (unknown.length > 0) {
    console.error(`unknown evaluation: ${unknown.join(', ')}; known: ${Object.keys(EVALUATIONS).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  for (const name of names.length > 0 ? names : Object.keys(EVALUATIONS)) {
    const evaluation = EVALUATIONS[name];
    if (!evaluation) continue;
    console.log(`== ${name}: ${evaluation.description}`);
    console.log(await evaluation.run());
  }
}

await main(process.argv.slice(2).filter((arg) => arg !== '--'));
