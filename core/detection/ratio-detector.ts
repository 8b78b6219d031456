import { createAlertGate, type AlertGateState, stepAlertGate } from './alert-gate';
import { binomialUpperTail, normalQuantile, wilsonInterval } from './count-tail';
import type { AlertSuppression, DetectorOutput, Sensitivity } from './detection.types';
import { SENSITIVITY_THRESHOLDS, pValueFromScore, scoreFromPValue } from './sensitivity';

const HOUR = 3_600_000;

/**
 * A share of a count per interval (negative share, a category's share) against its own baseline. The test
 * is a binomial tail widened by the overdispersion the series shows (a beta-binomial's design effect), so
 * 2 negatives out of 3 mentions is weak evidence and 200 out of 300 is strong.
 */
export interface RatioRule {
  sensitivity: Sensitivity;
  /** Alert only when the interval holds at least this many mentions in all… */
  minTrials: number;
  /** …and at least this many in the share (e.g. negative mentions)… */
  minSuccesses: number;
  /** …and the share is at least this. */
  minShare: number;
  refractoryMs: number;
  quietMs: number;
  warmupMs: number;
}

export const DEFAULT_RATIO_RULE: RatioRule = {
  sensitivity: 'medium',
  minTrials: 10,
  minSuccesses: 5,
  minShare: 0.2,
  refractoryMs: 12 * HOUR,
  quietMs: 6 * HOUR,
  warmupMs: 24 * HOUR,
};

export const RATIO_TUNING = {
  shareTauMs: 48 * HOUR,
  dispersionTauMs: 7 * 24 * HOUR,
  /** Pseudo-trials at a share of 1/2 before there is evidence. */
  priorTrials: 2,
  maxCorrelation: 0.5,
};

export interface RatioReason {
  kind: 'share-rise';
  successes: number;
  trials: number;
  share: number;
  expectedShare: number;
  /** The Wilson 95% lower bound of the observed share. */
  shareLower: number;
  pValue: number;
  suppressed?: AlertSuppression;
}

export interface RatioOutput extends DetectorOutput<RatioReason> {
  successes: number;
  trials: number;
  /** NaN when the interval had no trials. */
  share: number;
  expectedShare: number;
  /** The band of shares this interval's size makes ordinary; its top is where this rule would alert. */
  lower: number;
  upper: number;
}

export interface RatioDetectorState {
  version: 1;
  first: number | null;
  last: number | null;
  points: number;
  successSum: number;
  trialSum: number;
  excessSum: number;
  varianceSum: number;
  gate: AlertGateState;
}

export interface RatioDetector {
  observe(timestamp: number, successes: number, trials: number): RatioOutput;
  snapshot(): RatioDetectorState;
}

export function createRatioDetectorState(): RatioDetectorState {
  return {
    version: 1,
    first: null,
    last: null,
    points: 0,
    successSum: 0,
    trialSum: 0,
    excessSum: 0,
    varianceSum: 0,
    gate: createAlertGate(),
  };
}

function expectedShareOf(s: RatioDetectorState): number {
  return (s.successSum + RATIO_TUNING.priorTrials / 2) / (s.trialSum + RATIO_TUNING.priorTrials);
}

/** The intra-interval correlation ρ of a beta-binomial: Var = n·p·(1−p)·(1 + (n−1)·ρ). */
function correlationOf(s: RatioDetectorState): number {
  if (s.varianceSum <= 0) return 0;
  return Math.min(RATIO_TUNING.maxCorrelation, Math.max(0, s.excessSum / s.varianceSum));
}

export function createRatioDetector(rule: Partial<RatioRule> = {}, state?: RatioDetectorState): RatioDetector {
  const r: RatioRule = { ...DEFAULT_RATIO_RULE, ...rule };
  const threshold = SENSITIVITY_THRESHOLDS[r.sensitivity];
  const zBand = normalQuantile(1 - pValueFromScore(threshold.on));
  const s: RatioDetectorState = state ? structuredClone(state) : createRatioDetectorState();

  return {
    observe(timestamp, successes, trials) {
      if (!(trials >= 0) || !(successes >= 0) || successes > trials) throw new RangeError('need 0 ≤ successes ≤ trials');
      const at = s.last === null ? timestamp : Math.max(timestamp, s.last);
      const step = s.last === null ? 0 : at - s.last;
      const p0 = expectedShareOf(s);
      const rho = correlationOf(s);
      const designEffect = 1 + Math.max(0, trials - 1) * rho;
      const nEff = trials / designEffect;
      const kEff = successes / designEffect;
      const fresh = s.points === 0;
      const pValue = fresh || trials === 0 || successes <= trials * p0 ? 1 : binomialUpperTail(kEff, nEff, p0);
      const score = scoreFromPValue(pValue);
      const share = trials > 0 ? successes / trials : Number.NaN;
      const wilson = wilsonInterval(successes, trials);

      const warm = s.first !== null && at - s.first >= r.warmupMs;
      const meetsFloors = trials >= r.minTrials && successes >= r.minSuccesses && share >= r.minShare && wilson.lower > p0;
      const over = score >= threshold.on;
      const { alert, suppressed } = stepAlertGate(s.gate, at, over && warm && meetsFloors, score >= threshold.off, r);
      let reason: RatioReason | null = null;
      if (over) {
        reason = { kind: 'share-rise', successes, trials, share, expectedShare: p0, shareLower: wilson.lower, pValue };
        if (!warm) reason.suppressed = 'warming-up';
        else if (!meetsFloors) reason.suppressed = 'below-floor';
        else if (suppressed) reason.suppressed = 'burst-ongoing';
      }

      // Learn, without letting a crisis interval teach the baseline that negativity is normal.
      if (trials > 0) {
        const sd = Math.sqrt(trials * p0 * (1 - p0) * designEffect || 1);
        const learnt = Math.min(successes, trials * p0 + 3 * sd);
        const shareDecay = Math.exp(-step / RATIO_TUNING.shareTauMs);
        s.successSum = s.successSum * shareDecay + learnt;
        s.trialSum = s.trialSum * shareDecay + trials;
        if (!fresh && trials > 1) {
          const dispersionDecay = Math.exp(-step / RATIO_TUNING.dispersionTauMs);
          const binomialVariance = trials * p0 * (1 - p0);
          const residual = learnt - trials * p0;
          s.excessSum = s.excessSum * dispersionDecay + (residual * residual - binomialVariance);
          s.varianceSum = s.varianceSum * dispersionDecay + binomialVariance * (trials - 1);
        }
      }
      s.first ??= at;
      s.last = at;
      s.points++;

      const half = trials > 0 ? zBand * Math.sqrt((p0 * (1 - p0) * designEffect) / trials) : 1;
      return {
        timestamp,
        score: warm ? score : 0,
        alert,
        active: s.gate.active,
        reason,
        successes,
        trials,
        share,
        expectedShare: p0,
        lower: Math.max(0, p0 - half),
        upper: Math.min(1, Math.max(r.minShare, p0 + half)),
      };
    },
    snapshot: () => structuredClone(s),
  };
}

/** Net sentiment (positive − negative over polar mentions) and its drop, as the negative share of polar mentions. */
export interface NetSentimentOutput extends Omit<RatioOutput, 'reason'> {
  netSentiment: number;
  expectedNetSentiment: number;
  reason: (Omit<RatioReason, 'kind'> & { kind: 'net-sentiment-drop'; netSentiment: number; expectedNetSentiment: number }) | null;
}

export function createNetSentimentDetector(
  rule: Partial<RatioRule> = {},
  state?: RatioDetectorState,
): { observe(timestamp: number, counts: { positive: number; negative: number }): NetSentimentOutput; snapshot(): RatioDetectorState } {
  const ratio = createRatioDetector(rule, state);
  return {
    observe(timestamp, { positive, negative }) {
      const out = ratio.observe(timestamp, negative, positive + negative);
      const net = (share: number) => 1 - 2 * share;
      return {
        ...out,
        netSentiment: net(out.share),
        expectedNetSentiment: net(out.expectedShare),
        reason: out.reason
          ? { ...out.reason, kind: 'net-sentiment-drop', netSentiment: net(out.share), expectedNetSentiment: net(out.expectedShare) }
          : null,
      };
    },
    snapshot: () => ratio.snapshot(),
  };
}
