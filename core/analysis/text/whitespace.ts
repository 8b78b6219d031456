/**
 * Whitespace exactly as the regex class `\s` defines it, for splitting text into chunks without
 * `split(/\s+/)`, which allocates an array and a string per chunk even when the caller only wants
 * to look at a few of them.
 */
export function isWhitespace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Calls `visit(start, end)` for each maximal run of non-whitespace in `text`, in order. */
export function forEachChunk(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWhitespace(text.charCodeAt(i))) i++;
    if (i >= n) return;
    const start = i;
    while (i < n && !isWhitespace(text.charCodeAt(i))) i++;
    visit(start, i);
  }
}
