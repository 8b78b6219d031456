import type { ContactFormat } from '../../../core/api';

/** The format a file's name suggests; null when it says nothing, so the person chooses. */
export function formatOfFileName(name: string): ContactFormat | null {
  if (/\.(vcf|vcard)$/i.test(name)) return 'vcard';
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  return null;
}
