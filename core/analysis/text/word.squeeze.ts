/** Runs of three or more of the same letter are emphasis (`bangettt`, `maaaaaf`, `sakiiiit`). */
const MAX_RUNS_TRIED = 4;

interface Run {
  start: number;
  end: number;
}

function repeatRuns(word: string): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let i = 1; i <= word.length; i++) {
    if (i < word.length && word.charCodeAt(i) === word.charCodeAt(start)) continue;
    if (i - start >= 3) runs.push({ start, end: i });
    start = i;
  }
  return runs;
}

function rebuild(word: string, runs: readonly Run[], doubledMask: number): string {
  let out = '';
  let from = 0;
  runs.forEach((run, index) => {
    const keep = index < MAX_RUNS_TRIED && doubledMask & (1 << index) ? 2 : 1;
    out += word.slice(from, run.start) + word.slice(run.start, run.start + keep);
    from = run.end;
  });
  return out + word.slice(from);
}

/**
 * `word` with every run of three or more equal letters cut to one or two, choosing the first form
 * `accept` recognises (single letters tried first: `bangettt` → `banget`; then doubles:
 * `maaaaf` → `maaf`, `tungguuu` → `tunggu`). When no form is recognised every run becomes one letter,
 * which suits Indonesian, where double letters are rare. Runs of two are left alone (`sakit`, `maaf`).
 */
export function squeezeRepeats(word: string, accept: (form: string) => boolean): string {
  if (word.length < 3) return word;
  const runs = repeatRuns(word);
  if (runs.length === 0) return word;
  const tried = Math.min(runs.length, MAX_RUNS_TRIED);
  const masks = Array.from({ length: 1 << tried }, (_, mask) => mask).sort((a, b) => popCount(a) - popCount(b) || a - b);
  for (const mask of masks) {
    const form = rebuild(word, runs, mask);
    if (accept(form)) return form;
  }
  return rebuild(word, runs, 0);
}

function popCount(n: number): number {
  let count = 0;
  for (let m = n; m; m &= m - 1) count++;
  return count;
}
