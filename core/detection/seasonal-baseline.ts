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

/**
 * One point's slots and factors, computed by forecastBaseline and reused by updateBaseline for the same point,
 * with the decays of the last step (points mostly arrive a fixed interval apart). Scratch owned by one detector,
 * never persisted: everything in it is recomputed from the state when it does not match.
 */
export interface BaselineScratch {
  hour: number;
  day: number;
  hourFactor: number;
  dayFactor: number;
  /** The interval the factors were computed with. */
  interval: number | null;
  step: number;
  levelDecay: number;
  visit: number;
  hourDecay: number;
  dayDecay: number;
}

export function createBaselineScratch(): BaselineScratch {
  return {
    hour: 0,
    day: 0,
    hourFactor: 1,
    dayFactor: 1,
    interval: null,
    step: Number.NaN,
    levelDecay: 1,
    visit: Number.NaN,
    hourDecay: 1,
    dayDecay: 1,
  };
}

function level(state: SeasonalBaselineState): number {
  return state.levelWeight > 0 ? state.levelSum / state.levelWeight : 0;
}

/** Fills the scratch with the point's slots and their factors, each pulled towards 1 while it has little evidence. */
function fillFactors(state: SeasonalBaselineState, timestamp: number, p: SeasonalBaselineParams, out: BaselineScratch): void {
  const local = timestamp + p.utcOffsetMinutes * 60_000;
  const days = Math.floor(local / DAY);
  const hour = Math.floor((local - days * DAY) / HOUR);
  const day = (((days + 4) % 7) + 7) % 7;
  const base = Math.max(level(state), p.minExpected);
  const interval = state.interval;
  const hourPrior = p.seasonPriorVisits * (interval === null ? 1 : HOUR / interval) * base;
  const dayPrior = p.seasonPriorVisits * (interval === null ? 1 : DAY / interval) * base;
  out.hour = hour;
  out.day = day;
  out.hourFactor = ((state.hourObserved[hour] ?? 0) + hourPrior) / ((state.hourExpected[hour] ?? 0) + hourPrior);
  out.dayFactor = ((state.dayObserved[day] ?? 0) + dayPrior) / ((state.dayExpected[day] ?? 0) + dayPrior);
  out.interval = interval;
}

/** The forecast for a point at `timestamp`, from the points before it only; fills `scratch` for updateBaseline. */
export function forecastBaseline(
  state: SeasonalBaselineState,
  timestamp: number,
  p: SeasonalBaselineParams,
  scratch: BaselineScratch = createBaselineScratch(),
): number {
  fillFactors(state, timestamp, p, scratch);
  return Math.max(p.minExpected, level(state) * scratch.hourFactor * scratch.dayFactor);
}

/** The baseline's span of event time so far, in ms. */
export function baselineSpan(state: SeasonalBaselineState): number {
  return state.first === null || state.last === null ? 0 : state.last - state.first;
}

/**
 * Learns from one observation (already clipped by the caller). `scratch` is the one forecastBaseline filled
 * for this point and state; it is refreshed here when the bucket width has just changed.
 */
export function updateBaseline(
  state: SeasonalBaselineState,
  timestamp: number,
  value: number,
  p: SeasonalBaselineParams,
  scratch: BaselineScratch,
): void {
  const clipped = Math.max(0, value);
  const step = state.last === null ? 0 : Math.max(0, timestamp - state.last);
  if (step > 0) state.interval = state.interval === null ? step : Math.min(state.interval, step);
  const interval = state.interval ?? HOUR;
  // A point stands for one bucket; a gap after it is time that passed, not observations.
  const visit = Math.min(step || interval, interval);
  if (scratch.interval !== state.interval) fillFactors(state, timestamp, p, scratch);
  const { hour, day, hourFactor, dayFactor } = scratch;
  if (step !== scratch.step) {
    scratch.step = step;
    scratch.levelDecay = Math.exp(-step / p.levelTauMs);
  }
  if (visit !== scratch.visit) {
    scratch.visit = visit;
    scratch.hourDecay = Math.exp(-visit / (p.seasonVisits * HOUR));
    scratch.dayDecay = Math.exp(-visit / (p.seasonVisits * DAY));
  }

  state.levelSum = state.levelSum * scratch.levelDecay + clipped;
  state.levelWeight = state.levelWeight * scratch.levelDecay + hourFactor * dayFactor;

  const base = Math.max(level(state), p.minExpected);
  state.hourObserved[hour] = (state.hourObserved[hour] ?? 0) * scratch.hourDecay + clipped;
  state.hourExpected[hour] = (state.hourExpected[hour] ?? 0) * scratch.hourDecay + base * dayFactor;
  state.dayObserved[day] = (state.dayObserved[day] ?? 0) * scratch.dayDecay + clipped;
  state.dayExpected[day] = (state.dayExpected[day] ?? 0) * scratch.dayDecay + base * hourFactor;

  state.first ??= timestamp;
  state.last = Math.max(state.last ?? timestamp, timestamp);
  state.points++;
}
