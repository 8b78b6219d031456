/** A date input's `YYYY-MM-DD` as the end of that day in the browser's time zone, so "review by the 5th" means all of the 5th. */
export function fromDateInput(value: string): number {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 23, 59, 59, 999).getTime();
}

/** Epoch ms as a date input's `YYYY-MM-DD`, in the browser's time zone. */
export function toDateInput(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
