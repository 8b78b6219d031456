import type { Alert } from '../../../core/api';
import { type SeverityInput, crisisTypeOfAlert, defaultFlagsOf } from '../../../core/incidents';
import type { CrisisType } from '../../../core/plan';

/** What the declare form holds; numbers as the inputs give them. */
export interface DeclareDraft {
  title: string;
  crisisType: CrisisType;
  brandId: number | null;
  summary: string;
  assessment: SeverityInput;
  override: boolean;
  level: 1 | 2 | 3 | 4;
  reason: string;
  pausePosts: boolean;
}

/** A fresh form, pre-filled from the alert when there is one (the same reading the server makes). */
export function draftFromAlert(alert: Alert | null, title: string): DeclareDraft {
  const crisisType: CrisisType = alert
    ? crisisTypeOfAlert({ signal: alert.reason.signal, category: alert.reason.category, categories: alert.impact.categories })
    : 'other';
  return {
    title,
    crisisType,
    brandId: alert?.brandId ?? null,
    summary: '',
    assessment: {
      reach: alert?.impact.reach ?? 0,
      perHour: alert?.impact.perHour ?? 0,
      speedRatio: alert?.impact.speedRatio ?? null,
      negativeShare: alert?.impact.negativeShare ?? null,
      scope: alert?.impact.scope ?? 'local',
      mediaPickup: alert?.impact.platforms.news ?? 0,
      ...defaultFlagsOf(crisisType),
    },
    override: false,
    level: 2,
    reason: '',
    pausePosts: true,
  };
}

/** The request body: the alert fills what the form leaves as it was. */
export function declareBody(draft: DeclareDraft, alertId: number | null) {
  return {
    ...(alertId === null ? {} : { alertId }),
    title: draft.title.trim(),
    crisisType: draft.crisisType,
    brandId: draft.brandId,
    summary: draft.summary.trim(),
    assessment: draft.assessment,
    ...(draft.override ? { severity: { level: draft.level, reason: draft.reason.trim() } } : {}),
    pausePosts: draft.pausePosts,
  };
}
