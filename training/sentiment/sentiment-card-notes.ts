/** Measured alternatives and limitations for the card: figures from `experiment.ts`, SmSA valid / NusaX-id / NusaX-en macro-F1. */
export const MEASURED = [
  '## Measured alternatives',
  '',
  'Macro-F1 on SmSA valid / NusaX-id valid / NusaX-en valid, one change at a time from the row above it unless stated.',
  '',
  '| variant | SmSA | NusaX-id | NusaX-en |',
  '|---|---|---|---|',
  '| previous model 2026.11.21-1 (stand-in normaliser) | 0.8504 | 0.8479 | 0.6449 |',
  '| same configuration, shared normaliser, negation ends at breaks | 0.8447 | 0.8436 | 0.6330 |',
  '| + rule-based valence features | 0.8514 | 0.8436 | 0.6407 |',
  '| + NB scaling | 0.8585 | 0.8771 | 0.6428 |',
  '| + neutral class weight 1.5 | 0.8666 | 0.8731 | 0.6579 |',
  '| (instead) NB scaling 0.5 / 2 | 0.8625 / 0.8503 | 0.8676 / 0.8380 | 0.6407 / 0.6428 |',
  '| (instead) word trigrams, without NB | 0.8320 | 0.8531 | 0.6230 |',
  '| (instead) 12 epochs, decay 0.3, averaging from epoch 4, without NB | 0.8426 | 0.8347 | 0.6330 |',
  '| (instead) 10 epochs, averaging from epoch 3 | 0.8566 | 0.8771 | 0.6407 |',
  '| (instead) learning rate 0.05 / 0.2 | 0.8557 / 0.8441 | 0.8676 / 0.8294 | 0.6700 / 0.6407 |',
  '| (instead) L2 1e-5 / 1e-4 | 0.8586 / 0.8579 | 0.8763 / 0.8763 | 0.6407 / 0.6579 |',
  '| (instead) character group ×1 / ×0.25 | 0.8592 / 0.8459 | 0.8676 / 0.8466 | 0.6428 / 0.6579 |',
  '| with class weight: neutral 2 / negative 1.2 + neutral 2 | 0.8659 / 0.8663 | 0.8871 / 0.8864 | 0.6579 / 0.6579 |',
  '| with class weight: 3 seeds averaged | 0.8654 | 0.8685 | 0.6579 |',
  '| with class weight: + PRDECT-ID and IndoLEM at weight 0.3 | 0.8463 | 0.8452 | 0.6525 |',
];

export const LIMITATIONS = [
  '## Limitations',
  '',
  '- Below target on SmSA valid (0.88) and NusaX-en valid (0.75). A linear bag-of-n-grams model misses long-range composition,',
  '  and English is learnt only from a lexicon and synthetic texts, so English words outside VADER carry no sentiment and',
  '  English neutral texts that use sentiment words are often read as positive or negative.',
  '- The hashed valence table lends a valence to a non-lexicon word whose hash bucket is taken (under 0.2 % of words).',
  '- Sarcasm, mixed reviews and domain-specific neutral announcements are the most frequent errors.',
];
