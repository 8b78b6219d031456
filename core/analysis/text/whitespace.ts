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

/**
 * Chunks are walked with these two rather than a callback: under the tsx loader every closure costs
 * a naming call of about 350 ns. `for (let start = skipWhitespace(s, 0); start < s.length; start = skipWhitespace(s, end))`.
 */
export function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** End of the chunk (maximal run of non-whitespace) starting at `start`. */
export function chunkEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !isWhitespace(text.charCodeAt(i))) i++;
  return i;
}
