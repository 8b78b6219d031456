import type { ContactField, ContactRecord, ParsedFile } from './contact-records';

/**
 * vCard 3.0 (RFC 2426) and 4.0 (RFC 6350), the parts a contacts directory needs: folded lines, escaped
 * text, quoted parameters and the properties below. Siaga's own fields travel as X-SIAGA-* properties;
 * WhatsApp numbers are also read from TEL;TYPE=whatsapp, X-WHATSAPP and IMPP:whatsapp: as phones write them.
 */
interface ContentLine {
  line: number;
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** Joins folded lines (a line break followed by a space or tab) and remembers where each logical line starts. */
function unfold(content: string): { line: number; text: string }[] {
  const physical = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const logical: { line: number; text: string }[] = [];
  physical.forEach((text, i) => {
    const last = logical[logical.length - 1];
    if ((text.startsWith(' ') || text.startsWith('\t')) && last) last.text += text.slice(1);
    else logical.push({ line: i + 1, text });
  });
  return logical.filter((l) => l.text.trim() !== '');
}

/** Splits at `sep` outside double quotes. */
function splitOutsideQuotes(text: string, sep: string, limit = Infinity): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted && parts.length < limit - 1) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function parseContentLine(line: number, text: string): ContentLine | null {
  const [head, value] = splitOutsideQuotes(text, ':', 2);
  if (value === undefined || head === undefined) return null;
  const [rawName = '', ...rawParams] = splitOutsideQuotes(head, ';');
  const name = rawName.replace(/^[\w-]+\./, '').toUpperCase(); // drop the group prefix (item1.TEL)
  const params = new Map<string, string[]>();
  for (const param of rawParams) {
    const [key, val] = splitOutsideQuotes(param, '=', 2);
    // vCard 2.1 style bare types (TEL;CELL) count as TYPE values.
    const [k, v] = val === undefined ? ['TYPE', key ?? ''] : [(key ?? '').toUpperCase(), val];
    const values = splitOutsideQuotes(v, ',').map((s) => s.replace(/^"|"$/g, '').toLowerCase());
    params.set(k, [...(params.get(k) ?? []), ...values]);
  }
  return { line, name, params, value };
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

/** The first component of a structured value (ORG: name;unit), unescaped. */
function firstComponent(value: string): string {
  const match = /^((?:\\.|[^;\\])*)/.exec(value);
  return unescapeText(match?.[1] ?? '');
}

const hasType = (cl: ContentLine, type: string) => (cl.params.get('TYPE') ?? []).includes(type);
const telValue = (value: string) => value.replace(/^tel:/i, '').trim();

function recordOfCard(start: number, lines: ContentLine[]): ContactRecord | { line: number; reason: string } {
  const fields: Partial<Record<ContactField, string>> = {};
  const version = lines.find((l) => l.name === 'VERSION')?.value.trim();
  if (version !== '3.0' && version !== '4.0') {
    return { line: start, reason: `vCard version ${version ?? '(missing)'} is not supported; export the contacts as vCard 3.0 or 4.0` };
  }
  const set = (field: ContactField, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '' && fields[field] === undefined) fields[field] = value.trim();
  };
  const emails = lines.filter((l) => l.name === 'EMAIL');
  set('email', (emails.find((l) => hasType(l, 'work')) ?? emails[0])?.value);
  const tels = lines.filter((l) => l.name === 'TEL');
  const whatsappTel = tels.find((l) => hasType(l, 'whatsapp') || hasType(l, 'x-whatsapp'));
  const impp = lines.find((l) => l.name === 'IMPP' && /^whatsapp:/i.test(l.value));
  set('whatsapp', lines.find((l) => l.name === 'X-SIAGA-WHATSAPP' || l.name === 'X-WHATSAPP')?.value);
  set('whatsapp', whatsappTel ? telValue(whatsappTel.value) : impp?.value.replace(/^whatsapp:/i, ''));
  const phones = tels.filter((l) => l !== whatsappTel);
  const phone = phones.find((l) => hasType(l, 'cell')) ?? phones[0];
  set('phone', phone ? telValue(phone.value) : undefined);
  for (const cl of lines) {
    if (cl.name === 'FN') set('name', unescapeText(cl.value));
    else if (cl.name === 'ORG') set('organisation', firstComponent(cl.value));
    else if (cl.name === 'TITLE' || cl.name === 'ROLE') set('title', unescapeText(cl.value));
    else if (cl.name === 'NOTE') set('notes', unescapeText(cl.value));
    else if (cl.name === 'X-SIAGA-KIND') set('kind', cl.value);
    else if (cl.name === 'X-SIAGA-TOPIC') set('topic', cl.value);
    else if (cl.name === 'X-SIAGA-BEAT') set('beat', unescapeText(cl.value));
    else if (cl.name === 'X-SIAGA-REGION') set('region', unescapeText(cl.value));
    else if (cl.name === 'X-SIAGA-RESTRICTED') set('restricted', cl.value);
  }
  if (fields.name === undefined) {
    // N is family;given;additional;prefix;suffix — read as "given family" when there is no FN.
    const n = lines
      .find((l) => l.name === 'N')
      ?.value.split(/(?<!\\);/)
      .map(unescapeText);
    set('name', n ? [n[3], n[1], n[2], n[0]].filter((p) => p && p.trim()).join(' ') : undefined);
  }
  return { line: start, fields };
}

/** Reads every card; a card that is broken or of another version is reported by the line of its BEGIN. */
export function parseVcards(content: string): ParsedFile {
  const parsed: ParsedFile = { records: [], errors: [] };
  let card: { start: number; lines: ContentLine[]; broken: string | null } | null = null;
  for (const { line, text } of unfold(content)) {
    const cl = parseContentLine(line, text);
    if (cl?.name === 'BEGIN' && cl.value.trim().toUpperCase() === 'VCARD') {
      if (card) parsed.errors.push({ line: card.start, reason: 'this card has no END:VCARD before the next BEGIN:VCARD' });
      card = { start: line, lines: [], broken: null };
    } else if (cl?.name === 'END' && cl.value.trim().toUpperCase() === 'VCARD') {
      if (!card) parsed.errors.push({ line, reason: 'END:VCARD without BEGIN:VCARD' });
      else if (card.broken) parsed.errors.push({ line: card.start, reason: card.broken });
      else {
        const result = recordOfCard(card.start, card.lines);
        if ('reason' in result) parsed.errors.push(result);
        else parsed.records.push(result);
      }
      card = null;
    } else if (!card) {
      parsed.errors.push({ line, reason: 'text outside BEGIN:VCARD … END:VCARD' });
    } else if (!cl) {
      card.broken ??= `line ${line} is not a vCard property (NAME:value): "${text.slice(0, 40)}"`;
    } else card.lines.push(cl);
  }
  if (card) parsed.errors.push({ line: card.start, reason: 'this card has no END:VCARD' });
  parsed.records.sort((a, b) => a.line - b.line);
  parsed.errors.sort((a, b) => a.line - b.line);
  return parsed;
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Writes one card per contact; empty fields are left out. */
export function writeVcards(rows: readonly Record<ContactField, string>[], version: '3.0' | '4.0'): string {
  const cards = rows.map((row) => {
    const lines = ['BEGIN:VCARD', `VERSION:${version}`, `FN:${escapeText(row.name)}`, `N:;${escapeText(row.name)};;;`];
    const add = (head: string, value: string, escape = true) => {
      if (value !== '') lines.push(`${head}:${escape ? escapeText(value) : value}`);
    };
    add('ORG', row.organisation);
    add('TITLE', row.title);
    add('EMAIL;TYPE=work', row.email, false);
    add(
      version === '4.0' ? 'TEL;VALUE=uri;TYPE=cell' : 'TEL;TYPE=CELL',
      row.phone && (version === '4.0' ? `tel:${row.phone}` : row.phone),
      false,
    );
    add('X-SIAGA-WHATSAPP', row.whatsapp, false);
    add('NOTE', row.notes);
    add('X-SIAGA-KIND', row.kind, false);
    add('X-SIAGA-TOPIC', row.topic, false);
    add('X-SIAGA-BEAT', row.beat);
    add('X-SIAGA-REGION', row.region);
    if (row.restricted === 'true') lines.push('X-SIAGA-RESTRICTED:true');
    lines.push('END:VCARD');
    return lines.map(fold).join('\r\n');
  });
  return cards.length === 0 ? '' : `${cards.join('\r\n')}\r\n`;
}
