/** Small helpers every benchmark shares: options, medians, a plain-text table, progress on stderr. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Reads `--name N` or `--name=N` from the benchmark's extra arguments. */
export function readIntOption(args: readonly string[], name: string, fallback: number, range: { min: number; max: number }): number {
  let raw: string | undefined;
  args.forEach((arg, i) => {
    if (arg === `--${name}`) raw = args[i + 1];
    else if (arg.startsWith(`--${name}=`)) raw = arg.slice(name.length + 3);
  });
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new Error(`--${name}: a whole number from ${range.min} to ${range.max}, got "${raw}"`);
  }
  return value;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** Columns are left-aligned when their header says so (`<name`), right-aligned otherwise. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const left = headers.map((h) => h.startsWith('<'));
  const titles = headers.map((h) => h.replace(/^</, ''));
  const widths = titles.map((t, c) => Math.max(t.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (left[c] ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(titles), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Progress goes to stderr so `--json` output on stdout stays one clean object. */
export function reportProgress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** A one-line progress meter that rewrites itself on a terminal and stays quiet elsewhere. */
export function createProgressLine(label: string, total: number): { update(done: number): void; done(): void } {
  const live = process.stderr.isTTY === true;
  let shown = -1;
  return {
    update(done) {
      const percent = Math.floor((done / Math.max(1, total)) * 100);
      if (!live || percent === shown) return;
      shown = percent;
      process.stderr.write(`\r${label} ${percent}%`);
    },
    done() {
      if (live) process.stderr.write('\r\x1b[K');
    },
  };
}
