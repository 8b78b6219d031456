/**
 * One alert per burst: a burst opens when a point crosses the rule's threshold, stays open while points stay
 * above the lower `off` threshold, and closes after `quietMs` below it. A new alert also waits `refractoryMs`
 * after the previous one, so a flapping signal cannot raise an alert storm.
 */
export interface AlertGateState {
  active: boolean;
  lastAlertAt: number | null;
  quietSince: number | null;
}

export interface AlertGateTiming {
  quietMs: number;
  refractoryMs: number;
}

export function createAlertGate(): AlertGateState {
  return { active: false, lastAlertAt: null, quietSince: null };
}

/** Advances the gate by one point; `crossed` means the point is over the threshold and passes the rule's floors. */
export function stepAlertGate(
  gate: AlertGateState,
  timestamp: number,
  crossed: boolean,
  aboveOff: boolean,
  timing: AlertGateTiming,
): { alert: boolean; suppressed: boolean } {
  if (gate.active) {
    if (aboveOff || crossed) gate.quietSince = null;
    else {
      gate.quietSince ??= timestamp;
      if (timestamp - gate.quietSince >= timing.quietMs) {
        gate.active = false;
        gate.quietSince = null;
      }
    }
  }
  if (!crossed) return { alert: false, suppressed: false };
  if (gate.active) return { alert: false, suppressed: true };
  gate.active = true;
  gate.quietSince = null;
  if (gate.lastAlertAt !== null && timestamp - gate.lastAlertAt < timing.refractoryMs) return { alert: false, suppressed: true };
  gate.lastAlertAt = timestamp;
  return { alert: true, suppressed: false };
}
