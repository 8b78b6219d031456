import { parse } from 'csv-parse/sync';
import { CONTACT_FIELDS, type ContactField, type ContactRecord, type ParsedFile } from './contact-records';

/** Header names people use for our fields, in English and Indonesian; matched after lower-casing and trimming. */
const HEADER_ALIASES: Record<string, ContactField> = {
  type: 'kind',
  jenis: 'kind',
  nama: 'name',
  'full name': 'name',
  organization: 'organisation',
  company: 'organisation',
  outlet: 'organisation',
  organisasi: 'organisation',
  instansi: 'organisation',
  role: 'title',
  'job title': 'title',
  jabatan: 'title',
  topik: 'topic',
  wilayah: 'region',
  'e-mail': 'email',
  surel: 'email',
  mobile: 'phone',
  telepon: 'phone',
  hp: 'phone',
  wa: 'whatsapp',
  catatan: 'notes',
  terbatas: 'restricted',
};

function fieldOfHeader(header: string): ContactField | null {
  const key = header.trim().toLowerCase();
  if ((CONTACT_FIELDS as readonly string[]).includes(key)) return key as ContactField;
  return HEADER_ALIASES[key] ?? null;
}

/**
 * Reads a CSV file with a header row (comma, semicolon or tab, detected from the header). A row with the
 * wrong number of cells is reported by its line; unknown columns are ignored.
 */
export function parseContactsCsv(content: string): ParsedFile {
  const firstLine = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(content, { bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { records: [], errors: [{ line, reason: `not readable as CSV: ${(error as Error).message}` }] };
  }
  const [header, ...body] = rows;
  if (!header) return { records: [], errors: [{ line: 1, reason: 'the file has no header row' }] };
  const columns = header.record.map(fieldOfHeader);
  if (!columns.includes('name')) {
    return { records: [], errors: [{ line: 1, reason: `the header has no name column (columns: ${CONTACT_FIELDS.join(', ')})` }] };
  }
  const parsed: ParsedFile = { records: [], errors: [] };
  for (const { record, info } of body) {
    // csv-parse counts the line a record ends on; a record spanning lines (quoted newlines) starts earlier.
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (record.length !== columns.length) {
      parsed.errors.push({ line, reason: `has ${record.length} cells; the header has ${columns.length}` });
      continue;
    }
    const fields: ContactRecord['fields'] = {};
    record.forEach((cell, i) => {
      const field = columns[i];
      if (field) fields[field] = cell;
    });
    parsed.records.push({ line, fields });
  }
  return parsed;
}

/** A CSV file with our header; cells are quoted when they hold a delimiter, quote or line break. */
export function writeContactsCsv(rows: readonly Record<ContactField, string>[]): string {
  const cell = (value: string) => (/[",;\r\n\t]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [CONTACT_FIELDS.join(','), ...rows.map((row) => CONTACT_FIELDS.map((f) => cell(row[f])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
