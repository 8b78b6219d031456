/** How readily a rule alerts: `high` alerts on smaller surprises than `low`. */
export type Sensitivity = 'low' | 'medium' | 'high';

export const SENSITIVITIES: readonly Sensitivity[] = ['low', 'medium', 'high'];

/** Why a point was not raised as an alert although it crossed the rule's threshold. */
export type AlertSuppression = 'warming-up' | 'below-floor' | 'burst-ongoing';

/** A point's verdict for the charts and the alert engine. */
export interface DetectorOutput<Reason> {
  /** Epoch milliseconds of the point. */
  timestamp: number;
  /** Surprise in [0, 1]; the rule's sensitivity sets the threshold on it. */
  score: number;
  /** The alert is raised at this point (once per burst). */
  alert: boolean;
  /** A burst is under way (this point or a recent one crossed the threshold). */
  active: boolean;
  /** Set when the point crosses the rule's threshold, alert or not. */
  reason: Reason | null;
}
