/**
 * The expected count of the next interval: a level times an hour-of-day factor times a day-of-week factor,
 * each an exponentially decayed ratio of sums (observed over predicted), so sparse counts of a quiet brand
 * do not make the factors jump. Decay runs on event time: a gap ages the level as much as the time that
 * passed, while a seasonal slot ages only when it is visited. The caller clips outliers before they teach it.
 */
export interface SeasonalBaselineState {
  first: number | null;
  last: number | null;
  points: number;
  /** Smallest positive step between points seen so far, in ms: the bucket width. */
  interval: number | null;
  levelSum: number;
  levelWeight: number;
  hourObserved: number[];
  hourExpected: number[];
  dayObserved: number[];
  dayExpected: number[];
}

export interface SeasonalBaselineParams {
  /** Time constant of the level. */
  levelTauMs: number;
  /** Time constant of each seasonal slot, counted in visits to that slot. */
  seasonVisits: number;
  /** Pseudo-visits at factor 1 that keep a young slot near the level. */
  seasonPriorVisits: number;
  /** The expected count never falls below this, so a silent brand's first mention is not a miracle. */
  minExpected: number;
  /** Offset of local time from UTC, for the hour and weekday slots. */
  utcOffsetMinutes: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function createSeasonalBaseline(): SeasonalBaselineState {
  return {
    first: null,
    last: null,
    points: 0,
    interval: null,
    levelSum: 0,
    levelWeight: 0,
    hourObserved: new Array<number>(24).fill(0),
    hourExpected: new Array<number>(24).fill(0),
    dayObserved: new Array<number>(7).fill(0),
    dayExpected: new Array<number>(7).fill(0),
  };
}

function slotsOf(timestamp: number, utcOffsetMinutes: number): { hour: number; day: number } {
  const local = timestamp + utcOffsetMinutes * 60_000;
  const days = Math.floor(local / DAY);
  return { hour: Math.floor((local - days * DAY) / HOUR), day: (((days + 4) % 7) + 7) % 7 };
}

function level(state: SeasonalBaselineState): number {
  return state.levelWeight > 0 ? state.levelSum / state.levelWeight : 0;
}

/** A slot's factor, pulled towards 1 while it has little evidence. */
function factor(observed: number, expected: number, prior: number): number {
  return (observed + prior) / (expected + prior);
}

function factors(state: SeasonalBaselineState, timestamp: number, p: SeasonalBaselineParams) {
  const { hour, day } = slotsOf(timestamp, p.utcOffsetMinutes);
  const perVisit = (slotMs: number) => slotMs / (state.interval ?? slotMs);
  const base = Math.max(level(state), p.minExpected);
  const hourPrior = p.seasonPriorVisits * perVisit(HOUR) * base;
  const dayPrior = p.seasonPriorVisits * perVisit(DAY) * base;
  return {
    hour,
    day,
    hourFactor: factor(state.hourObserved[hour] ?? 0, state.hourExpected[hour] ?? 0, hourPrior),
    dayFactor: factor(state.dayObserved[day] ?? 0, state.dayExpected[day] ?? 0, dayPrior),
  };
}

/** The forecast for a point at `timestamp`, from the points before it only. */
export function forecastBaseline(state: SeasonalBaselineState, timestamp: number, p: SeasonalBaselineParams): number {
  const { hourFactor, dayFactor } = factors(state, timestamp, p);
  return Math.max(p.minExpected, level(state) * hourFactor * dayFactor);
}

/** The baseline's span of event time so far, in ms. */
export function baselineSpan(state: SeasonalBaselineState): number {
  return state.first === null || state.last === null ? 0 : state.last - state.first;
}

/** Learns from one observation (already clipped by the caller). */
export function updateBaseline(state: SeasonalBaselineState, timestamp: number, value: number, p: SeasonalBaselineParams): void {
  const clipped = Math.max(0, value);
  const step = state.last === null ? 0 : Math.max(0, timestamp - state.last);
  if (step > 0) state.interval = state.interval === null ? step : Math.min(state.interval, step);
  const interval = state.interval ?? HOUR;
  // A point stands for one bucket; a gap after it is time that passed, not observations.
  const visit = Math.min(step || interval, interval);
  const { hour, day, hourFactor, dayFactor } = factors(state, timestamp, p);

  const levelDecay = Math.exp(-step / p.levelTauMs);
  state.levelSum = state.levelSum * levelDecay + clipped;
  state.levelWeight = state.levelWeight * levelDecay + hourFactor * dayFactor;

  const base = Math.max(level(state), p.minExpected);
  const hourDecay = Math.exp(-visit / (p.seasonVisits * HOUR));
  state.hourObserved[hour] = (state.hourObserved[hour] ?? 0) * hourDecay + clipped;
  state.hourExpected[hour] = (state.hourExpected[hour] ?? 0) * hourDecay + base * dayFactor;
  const dayDecay = Math.exp(-visit / (p.seasonVisits * DAY));
  state.dayObserved[day] = (state.dayObserved[day] ?? 0) * dayDecay + clipped;
  state.dayExpected[day] = (state.dayExpected[day] ?? 0) * dayDecay + base * hourFactor;

  state.first ??= timestamp;
  state.last = Math.max(state.last ?? timestamp, timestamp);
  state.points++;
}
