import { measureChannelText } from '../templates/channel-length';
import { type DraftWords, PHRASE_BREAK, readDraftWords } from './draft-words';
import { findShoutedRuns, findShoutingPunctuation, findUnfilledVariables } from './form-rules';
import { detectLanguageMismatch, readExpectedLanguage } from './language-rule';
import { type PhraseSpans, findPhraseSpans } from './phrase-rules';
import type { ToneContext, ToneFinding, ToneRuleId, ToneSeverity, ToneSituation, ToneSpan } from './tone.types';

const SEVERITY_ORDER: Record<ToneSeverity, number> = { block: 0, warn: 1, info: 2 };

/** Phrase rules and how hard each one stops a message: blame in public is never sent as is. */
const FLAGGED_PHRASES = [
  ['confrontation', 'block'],
  ['defensive', 'warn'],
  ['promise', 'warn'],
  ['admission', 'warn'],
  ['legal_threat', 'warn'],
] as const;

function createFinding(
  rule: ToneRuleId,
  severity: ToneSeverity,
  spans: ToneSpan[],
  params: Record<string, string | number> = {},
  explanationKey = 'explanation',
): ToneFinding {
  return {
    rule,
    severity,
    spans,
    explanation: { key: `tone.${rule}.${explanationKey}`, params },
    fix: { key: `tone.${rule}.fix`, params },
  };
}

/** What the first span says, and how many places the rule found. */
function describeSpans(text: string, spans: readonly ToneSpan[]): Record<string, string | number> {
  const first = spans[0];
  return { phrase: first ? text.slice(first.start, first.end) : '', count: spans.length };
}

/** Complaints, negative mentions and crises call for an apology or acknowledgement. */
function needsEmpathy(situation: ToneSituation | undefined): boolean {
  if (!situation) return false;
  return situation.duringIncident === true || situation.answering === 'complaint' || situation.answering === 'negative';
}

/** Statements and answers to complaints must say what happens next; a quick answer to a question need not. */
function needsNextStep(situation: ToneSituation | undefined): boolean {
  if (!situation) return false;
  return situation.kind === 'statement' || needsEmpathy(situation);
}

function checkPhrases(text: string, phrases: PhraseSpans, situation: ToneSituation | undefined): ToneFinding[] {
  const findings: ToneFinding[] = [];
  for (const [rule, severity] of FLAGGED_PHRASES) {
    const spans = phrases[rule];
    if (spans.length > 0) findings.push(createFinding(rule, severity, spans, describeSpans(text, spans)));
  }
  if (needsEmpathy(situation) && phrases.empathy.length === 0) findings.push(createFinding('empathy_missing', 'warn', []));
  // A template's `{contact}` or `{next_update}` is a next step once filled; until then the variable rule speaks.
  const hasContactVariable = /\{\s*(?:contact|next_update|update_url)\s*\}/u.test(text);
  if (needsNextStep(situation) && phrases.next_step.length === 0 && !hasContactVariable) {
    findings.push(createFinding('next_step_missing', 'warn', []));
  }
  return findings;
}

function checkForm(draft: DraftWords, unfilledVariables: readonly string[] | undefined): ToneFinding[] {
  const { text } = draft;
  const findings: ToneFinding[] = [];
  const unfilled = findUnfilledVariables(text, unfilledVariables);
  if (unfilled.length > 0) {
    const spans = unfilled.flatMap((v) => (v.span ? [v.span] : []));
    const names = [...new Set(unfilled.map((v) => `{${v.name}}`))].join(', ');
    findings.push(createFinding('unfilled_variable', 'block', spans, { variables: names, count: unfilled.length }));
  }
  const shouted = findShoutedRuns(draft);
  if (shouted.length > 0) findings.push(createFinding('all_caps', 'warn', shouted, describeSpans(text, shouted)));
  const marks = findShoutingPunctuation(text);
  if (marks.length > 0) findings.push(createFinding('shouting_punctuation', 'warn', marks, describeSpans(text, marks)));
  return findings;
}

function checkLength(draft: DraftWords, context: ToneContext): ToneFinding[] {
  if (!context.channel) return [];
  const options = context.lengthLimit === undefined ? { scanned: draft } : { scanned: draft, limit: context.lengthLimit };
  const measured = measureChannelText(draft.text, context.channel, options);
  if (measured.fits) return [];
  const { length, limit, over } = measured;
  const spans = [{ start: measured.overflowStart ?? draft.text.length, end: draft.text.length }];
  return [createFinding('too_long', 'block', spans, { length, limit, over, channel: context.channel })];
}

function checkLanguage(draft: DraftWords, context: ToneContext): ToneFinding[] {
  const expected = readExpectedLanguage(context);
  if (!expected) return [];
  const wordCount = draft.words.filter((w) => w !== PHRASE_BREAK).length;
  const found = detectLanguageMismatch(draft.text, wordCount, expected);
  return found ? [createFinding('language_mismatch', 'warn', [], { expected, found }, `explanation_${expected}`)] : [];
}

/**
 * Checks a draft's tone and form. Pure and fast enough to run on every keystroke: the draft is read
 * once into normalised words and every phrase rule is looked up in one index. Blocking findings
 * come first.
 */
export function checkTone(text: string, context: ToneContext = {}): ToneFinding[] {
  if (text.trim() === '') return [];
  const draft = readDraftWords(text);
  const findings = [
    ...checkPhrases(text, findPhraseSpans(draft), context.situation),
    ...checkForm(draft, context.unfilledVariables),
    ...checkLength(draft, context),
    ...checkLanguage(draft, context),
  ];
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Whether a draft may not be sent as it is (the server's gate and the UI's send button agree on this). */
export function hasBlockingFindings(findings: readonly ToneFinding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
