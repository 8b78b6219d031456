/** A comma-separated list as people type it: trimmed, lower-cased, without blanks or repeats. */
export function splitList(text: string): string[] {
  const items = text
    .split(/[,\n]/)
    .map((item) => item.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...new Set(items)];
}

export function joinList(items: readonly string[]): string {
  return items.join(', ');
}
