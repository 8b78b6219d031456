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
