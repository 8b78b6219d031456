export * from './detection.types';
export { SCORE_DECADES, SENSITIVITY_THRESHOLDS, pValueFromScore, scoreFromPValue } from './sensitivity';
export {
  DEFAULT_VOLUME_RULE,
  VOLUME_TUNING,
  type VolumeDetector,
  type VolumeDetectorState,
  type VolumeOutput,
  type VolumeReason,
  type VolumeRule,
  type VolumeTuning,
  createVolumeDetector,
  createVolumeDetectorState,
} from './volume-detector';
export {
  DEFAULT_RATIO_RULE,
  type NetSentimentOutput,
  type RatioDetector,
  type RatioDetectorState,
  type RatioOutput,
  type RatioReason,
  type RatioRule,
  createNetSentimentDetector,
  createRatioDetector,
  createRatioDetectorState,
} from './ratio-detector';
export {
  DETECT_OUTPUT_HEADER,
  type SeriesRow,
  SeriesInputError,
  createSeriesRunner,
  formatAnomalyScore,
  parseSeriesRow,
  parseSeriesTimestamp,
} from './detect-series';
export { binomialUpperTail, negativeBinomialUpperTail, poissonUpperTail, wilsonInterval } from './count-tail';
export {
  type CascadeEvent,
  DEFAULT_VIRALITY_PARAMS,
  type ViralityForecast,
  type ViralityParams,
  forecastCascade,
  kernelSpent,
  probabilityToCross,
} from './virality';
export {
  DEFAULT_EMERGING_TERMS_RULE,
  type EmergingTerm,
  type EmergingTermsRule,
  type EmergingTermsState,
  createEmergingTermsDetector,
} from './emerging-terms';
export {
  type CoordinatedAccount,
  type CoordinatedCluster,
  type CoordinationPost,
  type CoordinationRule,
  type CoordinationState,
  DEFAULT_COORDINATION_RULE,
  type SuspicionReason,
  createCoordinationDetector,
} from './coordination';
export {
  type EngagementReading,
  type EngagementVelocity,
  MIN_VELOCITY_SPAN_MS,
  engagementCurve,
  engagementOf,
  measureEngagementVelocity,
} from './engagement-velocity';
export {
  MIN_BASELINE_POSTS,
  VELOCITY_MULTIPLES,
  VELOCITY_QUANTILES,
  type VelocityBaseline,
  type VelocityBaselineState,
  createVelocityBaseline,
  createVelocityBaselineState,
} from './velocity-baseline';
export {
  MIN_UNUSUAL_PER_HOUR,
  UNUSUAL_FLOOR_SHARE,
  type VelocityRule,
  type VelocityVerdict,
  judgeEngagementVelocity,
} from './velocity-verdict';
export { fillCascadeFromReadings, typicalFollowers } from './cascade-readings';
