import { describe, expect, it } from 'vitest';
import { formatOfFileName } from './contact-file-format';

describe('contact file format', () => {
  it('tells vCard and CSV files apart by their extension, whatever the case', () => {
    expect(formatOfFileName('kontak-hp.VCF')).toBe('vcard');
    expect(formatOfFileName('media.vcard')).toBe('vcard');
    expect(formatOfFileName('daftar.csv')).toBe('csv');
    expect(formatOfFileName('daftar.xlsx')).toBeNull();
  });
});
