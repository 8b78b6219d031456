/** Severity and impact levels: 1 minor, 2 moderate, 3 serious, 4 critical. */
export const SEVERITY_LEVELS = [1, 2, 3, 4] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export function isSeverityLevel(value: unknown): value is SeverityLevel {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export const ASSESSMENT_SCOPES = ['local', 'national', 'international'] as const;
export type AssessmentScope = (typeof ASSESSMENT_SCOPES)[number];

/** The numbers a severity is suggested from; an alert fills most of them. */
export interface SeverityInput {
  /** Sum of the reach (followers) of the mentions behind the crisis. */
  reach: number;
  /** Mentions in the last hour, and how many times the usual rate that is (null when unknown). */
  perHour: number;
  speedRatio: number | null;
  /** 0…1, or null when there are no mentions to read it from. */
  negativeShare: number | null;
  scope: AssessmentScope;
  /** News outlets or journalists that picked the story up. */
  mediaPickup: number;
  /** Someone's health or safety is at stake (food poisoning, a dangerous product, threats). */
  safety: boolean;
  /** Legal or regulatory exposure (data breach, a lawsuit, a regulator asking). */
  legal: boolean;
}

export type SeverityFactorName = 'reach' | 'speed' | 'negativeShare' | 'scope' | 'media' | 'safety' | 'legal';

export interface SeverityFactor {
  factor: SeverityFactorName;
  /** The level this factor alone points to. */
  level: SeverityLevel;
  /** The number (or flag) it was read from, for the explanation. */
  value: number | string | boolean | null;
}

export interface SeverityAssessment {
  suggested: SeverityLevel;
  factors: SeverityFactor[];
  /** Whether the tone held the size back: a large but not negative conversation is not a crisis yet. */
  heldBackByTone: boolean;
}

/** The level of `value` on a ladder of three rising thresholds. */
function ladder(value: number, thresholds: readonly [number, number, number]): SeverityLevel {
  if (value >= thresholds[2]) return 4;
  if (value >= thresholds[1]) return 3;
  if (value >= thresholds[0]) return 2;
  return 1;
}

const SCOPE_LEVEL: Record<AssessmentScope, SeverityLevel> = { local: 1, national: 2, international: 3 };

function speedLevel(input: SeverityInput): SeverityLevel {
  const byRatio = input.speedRatio === null ? 1 : ladder(input.speedRatio, [2, 5, 10]);
  return Math.max(byRatio, ladder(input.perHour, [50, 200, 1000])) as SeverityLevel;
}

/**
 * Suggests a level factor by factor. The size of the conversation (reach, speed, scope, media) sets how
 * big it is; how negative it is caps that at one level above the tone's own, so a viral but friendly
 * conversation does not page the executives. Safety and legal flags set a floor whatever the numbers say.
 */
export function assessSeverity(input: SeverityInput): SeverityAssessment {
  const factors: SeverityFactor[] = [
    { factor: 'reach', level: ladder(input.reach, [10_000, 100_000, 1_000_000]), value: input.reach },
    { factor: 'speed', level: speedLevel(input), value: input.speedRatio ?? input.perHour },
    {
      factor: 'negativeShare',
      level: input.negativeShare === null ? 1 : ladder(input.negativeShare, [0.3, 0.5, 0.7]),
      value: input.negativeShare,
    },
    { factor: 'scope', level: SCOPE_LEVEL[input.scope], value: input.scope },
    { factor: 'media', level: ladder(input.mediaPickup, [1, 3, 10]), value: input.mediaPickup },
    { factor: 'safety', level: input.safety ? 4 : 1, value: input.safety },
    { factor: 'legal', level: input.legal ? 3 : 1, value: input.legal },
  ];
  const levelOf = (name: SeverityFactorName) => factors.find((f) => f.factor === name)!.level;
  const size = Math.max(levelOf('reach'), levelOf('speed'), levelOf('scope'), levelOf('media'));
  const toneCap = levelOf('negativeShare') + 1;
  const bySize = Math.min(size, toneCap);
  const floor = Math.max(levelOf('safety'), levelOf('legal'));
  return {
    suggested: Math.max(bySize, floor) as SeverityLevel,
    factors,
    heldBackByTone: size > toneCap && floor < size,
  };
}

/** The level in force: the person's override when there is one, else the suggestion. */
export function effectiveSeverity(suggested: SeverityLevel, override: SeverityLevel | null): SeverityLevel {
  return override ?? suggested;
}
