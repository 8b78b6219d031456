import type { CrisisRole, CrisisType } from './plan.types';
import type { RiskLevel } from './risk-rules';

export type DocumentLanguage = 'id' | 'en';

/** The document's words in both languages; written for people reading it on paper in a crisis. */
export interface DocumentText {
  title: string;
  generated: (at: string, by: string | null) => string;
  offlineNote: string;
  contents: string;
  sections: { risks: string; heatMap: string; team: string; contacts: string; playbooks: string; templates: string; policy: string };
  none: string;
  risk: {
    title: string;
    category: string;
    score: string;
    owner: string;
    earlySigns: string;
    mitigation: string;
    playbook: string;
    review: string;
    overdue: string;
  };
  likelihood: string;
  impact: string;
  allTypes: string;
  role: string;
  person: string;
  deputies: string;
  contact: { name: string; organisation: string; email: string; phone: string; whatsapp: string; notes: string; privateHidden: string };
  step: { owner: string; due: (minutes: number) => string; open: string; checklist: string; templates: string; escalation: string };
  version: (n: number) => string;
  templatesPlaceholder: string;
  policyMissing: string;
  levels: Record<RiskLevel, string>;
  crisisTypes: Record<CrisisType, string>;
  roles: Record<CrisisRole, string>;
  contactKinds: Record<PlanDocumentKind, string>;
  topics: Record<string, string>;
}

type PlanDocumentKind = 'internal_emergency' | 'internal_expert' | 'media' | 'regulator' | 'partner';

function duration(minutes: number, lang: DocumentLanguage): string {
  const [h, d] = lang === 'id' ? ['jam', 'hari'] : ['h', 'd'];
  if (minutes % 1440 === 0) return lang === 'id' ? `${minutes / 1440} ${d}` : `${minutes / 1440}${d}`;
  if (minutes % 60 === 0) return lang === 'id' ? `${minutes / 60} ${h}` : `${minutes / 60}${h}`;
  return lang === 'id' ? `${minutes} menit` : `${minutes} min`;
}

const ID: DocumentText = {
  title: 'Rencana Krisis',
  generated: (at, by) => `Dibuat ${at}${by ? ` oleh ${by}` : ''}.`,
  offlineNote: 'Simpan salinan cetak atau berkas ini di luar sistem: dokumen ini dipakai saat sistem tidak bisa diakses.',
  contents: 'Isi',
  sections: {
    risks: 'Daftar risiko',
    heatMap: 'Peta panas kemungkinan × dampak',
    team: 'Tim krisis',
    contacts: 'Kontak',
    playbooks: 'Playbook',
    templates: 'Templat pesan',
    policy: 'Kebijakan media sosial',
  },
  none: 'Belum ada.',
  risk: {
    title: 'Risiko',
    category: 'Kategori',
    score: 'Skor (K × D)',
    owner: 'Penanggung jawab',
    earlySigns: 'Tanda awal',
    mitigation: 'Mitigasi',
    playbook: 'Playbook',
    review: 'Tinjau paling lambat',
    overdue: 'lewat jadwal',
  },
  likelihood: 'Kemungkinan',
  impact: 'Dampak',
  allTypes: 'Semua jenis krisis',
  role: 'Peran',
  person: 'Orang',
  deputies: 'Pengganti',
  contact: {
    name: 'Nama',
    organisation: 'Organisasi / jabatan',
    email: 'Surel',
    phone: 'Telepon',
    whatsapp: 'WhatsApp',
    notes: 'Catatan',
    privateHidden: 'Nomor pribadi, WhatsApp, catatan dan kontak terbatas tidak dicantumkan: peran pengekspor tidak boleh melihatnya.',
  },
  step: {
    owner: 'Pelaksana',
    due: (m) => `paling lambat ${duration(m, 'id')} setelah deklarasi`,
    open: 'tanpa tenggat',
    checklist: 'Daftar periksa',
    templates: 'Templat',
    escalation: 'Eskalasi',
  },
  version: (n) => `versi ${n}`,
  templatesPlaceholder: 'Pustaka pesan yang sudah disetujui belum tersedia; langkah playbook menyebut templatnya dengan ID.',
  policyMissing: 'Kebijakan media sosial belum diterbitkan.',
  levels: { low: 'rendah', medium: 'sedang', high: 'tinggi', critical: 'kritis' },
  crisisTypes: {
    product_quality: 'Cacat atau penarikan produk',
    service_delivery: 'Layanan dan pengiriman',
    price_billing: 'Harga dan tagihan',
    data_privacy: 'Kebocoran data atau privasi',
    account_security: 'Serangan siber atau akun dibajak',
    offensive_content: 'Konten menyinggung',
    scandal_legal: 'Skandal, etika atau hukum',
    hoax: 'Hoaks atau misinformasi',
    outage: 'Gangguan layanan',
    negative_wave: 'Gelombang komentar negatif',
    coordinated_attack: 'Serangan pesaing atau akun terkoordinasi',
    other: 'Lainnya',
  },
  roles: {
    crisis_lead: 'Pemimpin krisis',
    spokesperson: 'Juru bicara',
    monitor: 'Pemantau / analis',
    responder: 'Penanggap',
    approver: 'Penyetuju / hukum',
    executive: 'Eksekutif',
    scribe: 'Pencatat',
  },
  contactKinds: {
    internal_emergency: 'Kontak darurat internal',
    internal_expert: 'Ahli internal',
    media: 'Media',
    regulator: 'Regulator',
    partner: 'Mitra',
  },
  topics: { product: 'Produk', legal: 'Hukum', it_security: 'Keamanan TI', customer_service: 'Layanan pelanggan', other: 'Lainnya' },
};

const EN: DocumentText = {
  title: 'Crisis Plan',
  generated: (at, by) => `Generated ${at}${by ? ` by ${by}` : ''}.`,
  offlineNote: 'Keep a printed copy or this file outside the system: this document is for when the systems are down.',
  contents: 'Contents',
  sections: {
    risks: 'Risk register',
    heatMap: 'Likelihood × impact heat map',
    team: 'Crisis team',
    contacts: 'Contacts',
    playbooks: 'Playbooks',
    templates: 'Message templates',
    policy: 'Social media policy',
  },
  none: 'None yet.',
  risk: {
    title: 'Risk',
    category: 'Category',
    score: 'Score (L × I)',
    owner: 'Owner',
    earlySigns: 'Early signs',
    mitigation: 'Mitigation',
    playbook: 'Playbook',
    review: 'Review by',
    overdue: 'overdue',
  },
  likelihood: 'Likelihood',
  impact: 'Impact',
  allTypes: 'All crisis types',
  role: 'Role',
  person: 'Person',
  deputies: 'Deputies',
  contact: {
    name: 'Name',
    organisation: 'Organisation / role',
    email: 'E-mail',
    phone: 'Phone',
    whatsapp: 'WhatsApp',
    notes: 'Notes',
    privateHidden: 'Personal numbers, WhatsApp, notes and restricted contacts are left out: the exporter’s role may not see them.',
  },
  step: {
    owner: 'Owner',
    due: (m) => `within ${duration(m, 'en')} of the declaration`,
    open: 'no deadline',
    checklist: 'Checklist',
    templates: 'Templates',
    escalation: 'Escalation',
  },
  version: (n) => `version ${n}`,
  templatesPlaceholder: 'The library of approved messages is not available yet; playbook steps name their templates by id.',
  policyMissing: 'No social media policy has been published yet.',
  levels: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
  crisisTypes: {
    product_quality: 'Product defect or recall',
    service_delivery: 'Service and delivery',
    price_billing: 'Price and billing',
    data_privacy: 'Data or privacy breach',
    account_security: 'Cyber attack or hijacked account',
    offensive_content: 'Offensive content',
    scandal_legal: 'Scandal, ethics or legal',
    hoax: 'Hoax or misinformation',
    outage: 'Service outage',
    negative_wave: 'Wave of negative comments',
    coordinated_attack: 'Competitor or coordinated attack',
    other: 'Other',
  },
  roles: {
    crisis_lead: 'Crisis lead',
    spokesperson: 'Spokesperson',
    monitor: 'Monitor / analyst',
    responder: 'Responder',
    approver: 'Approver / legal',
    executive: 'Executive',
    scribe: 'Scribe',
  },
  contactKinds: {
    internal_emergency: 'Internal emergency contact',
    internal_expert: 'Internal expert',
    media: 'Media',
    regulator: 'Regulator',
    partner: 'Partner',
  },
  topics: { product: 'Product', legal: 'Legal', it_security: 'IT security', customer_service: 'Customer service', other: 'Other' },
};

export function documentText(lang: DocumentLanguage): DocumentText {
  return lang === 'en' ? EN : ID;
}

/** `2026-11-22 08:00 UTC`: the same on every machine, and plain on paper. */
export function formatDocumentTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function formatDocumentDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
