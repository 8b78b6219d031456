import { describe, expect, it } from 'vitest';
import { decodeJsonLines } from './decode-lines';
import { normaliseRows } from './normalise';

const mapping = { columns: {}, defaults: {} };

describe('decodeJsonLines', () => {
  it('keeps a JSON line as sent as the raw payload, without the space around it', () => {
    const sent =
      '{"platform": "twitter", "externalId": 7, "text": "Kecewa \\u0021", "createdAt": "2026-11-20T08:00:00Z", "extra": {"b": 1, "a": 2}}';
    const { rows, rejected } = decodeJsonLines({ lines: [{ line: 3, text: `  ${sent}\r` }], mapping });
    expect(rejected).toEqual([]);
    const [mention] = normaliseRows(rows).mentions;
    // Spacing, key order and escapes stay as the source wrote them.
    expect(mention?.raw).toBe(sent);
    expect(mention?.record.text).toBe('Kecewa !');
  });

  it('writes the JSON of rows that arrive parsed (the HTTP API, CSV)', () => {
    const data = { platform: 'twitter', externalId: '8', text: 'Mantul', createdAt: '2026-11-20T08:00:00Z' };
    const [mention] = normaliseRows([{ line: 1, data }]).mentions;
    expect(mention?.raw).toBe(JSON.stringify(data));
  });
});
