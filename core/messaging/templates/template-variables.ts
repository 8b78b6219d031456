/**
 * The variables a template may use. A closed set: a typo such as `{brnad}` is an error when the
 * template is saved, not a placeholder a customer reads in a crisis.
 */
export const TEMPLATE_VARIABLES = [
  'brand',
  'issue',
  'next_update',
  'contact',
  'name',
  'date',
  'time',
  'update_url',
  'case_id',
  'agent',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export interface VariableDescription {
  id: string;
  en: string;
  /** A value to preview the template with. */
  example: string;
}

export const TEMPLATE_VARIABLE_DESCRIPTIONS: Readonly<Record<TemplateVariable, VariableDescription>> = {
  brand: { id: 'Nama merek yang berbicara', en: 'Name of the brand speaking', example: 'Kopi Nusantara' },
  issue: {
    id: 'Masalahnya dalam satu frasa, dari lembar fakta insiden',
    en: 'The issue in one phrase, from the incident fact sheet',
    example: 'gangguan pembayaran',
  },
  next_update: {
    id: 'Kapan kabar berikutnya datang (hari dan jam)',
    en: 'When the next update comes (day and time)',
    example: 'pukul 15.00 WIB',
  },
  contact: {
    id: 'Cara menghubungi kami: DM, email, telepon atau WhatsApp',
    en: 'How to reach us: DM, email, phone or WhatsApp',
    example: 'DM @kopinusantara',
  },
  name: { id: 'Nama atau sapaan orang yang dijawab', en: 'Name or handle of the person answered', example: 'Kak Rina' },
  date: { id: 'Tanggal kejadian atau pernyataan', en: 'Date of the event or statement', example: '22 November 2026' },
  time: { id: 'Jam kejadian atau pernyataan', en: 'Time of the event or statement', example: '10.30 WIB' },
  update_url: {
    id: 'Tautan halaman pembaruan krisis',
    en: 'Link to the crisis update page',
    example: 'https://status.kopinusantara.id',
  },
  case_id: { id: 'Nomor tiket atau kasus', en: 'Ticket or case number', example: 'KN-2041' },
  agent: { id: 'Nama petugas yang menjawab', en: 'Name of the responder answering', example: 'Dina' },
};

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}
