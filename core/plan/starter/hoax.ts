import { assembleTeamStep, respondStep, reviewStep, starterTemplate } from './common-steps';
import type { StarterPlaybook } from './starter.types';

/** False information about the brand is spreading. */
export const HOAX: StarterPlaybook = {
  key: 'hoax',
  crisisType: 'hoax',
  title: { id: 'Hoaks atau misinformasi', en: 'Hoax or misinformation' },
  steps: [
    {
      key: 'verify',
      ownerRole: 'monitor',
      dueAfterMinutes: 30,
      id: {
        title: 'Periksa klaim dan sebarannya',
        description: 'Cari asal klaim, seberapa jauh tersebar dan di platform mana. Periksa dengan jujur apakah ada bagian yang benar.',
        checklist: [
          'Sumber pertama ditemukan',
          'Sebaran per platform dicatat',
          'Tangkapan layar disimpan',
          'Bagian yang benar (jika ada) diakui',
        ],
        escalation: 'Jika klaim menyangkut keselamatan orang, perlakukan sebagai krisis produk atau layanan.',
      },
      en: {
        title: 'Check the claim and how far it spread',
        description:
          'Find where the claim started, how far it spread and on which platforms. Check honestly whether any part of it is true.',
        checklist: ['First source found', 'Spread per platform written down', 'Screenshots saved', 'Any true part acknowledged'],
        escalation: 'If the claim is about people’s safety, treat it as a product or service crisis.',
      },
    },
    assembleTeamStep(45),
    {
      key: 'clarify',
      ownerRole: 'spokesperson',
      dueAfterMinutes: 2 * 60,
      templateIds: [starterTemplate('hoax', 'hoax_correction')],
      id: {
        title: 'Terbitkan klarifikasi berbukti',
        description:
          'Sampaikan fakta yang benar dengan bukti (dokumen, sertifikat, data). Mulai dari fakta, bukan dari mengulang hoaksnya, dan tetap sopan kepada yang terlanjur percaya.',
        checklist: ['Bukti dilampirkan', 'Judul memuat fakta, bukan hoaksnya', 'Disetujui sebelum terbit', 'Disematkan di akun resmi'],
        escalation: 'Jika hoaks terus menyebar setelah klarifikasi, pertimbangkan pernyataan video dari pimpinan.',
      },
      en: {
        title: 'Publish a clarification with evidence',
        description:
          'State the facts with evidence (documents, certificates, data). Lead with the fact rather than repeating the hoax, and stay polite to those who believed it.',
        checklist: [
          'Evidence attached',
          'Headline states the fact, not the hoax',
          'Approved before publishing',
          'Pinned on official accounts',
        ],
        escalation: 'If the hoax keeps spreading after the clarification, consider a video statement from leadership.',
      },
    },
    {
      key: 'report-content',
      ownerRole: 'responder',
      dueAfterMinutes: 4 * 60,
      id: {
        title: 'Laporkan konten palsu',
        description:
          'Laporkan posting palsu ke platform dan, bila perlu, ke kanal aduan konten pemerintah. Minta pemeriksa fakta untuk memeriksa klaim.',
        checklist: ['Laporan ke platform dikirim', 'Pemeriksa fakta dihubungi', 'Nomor laporan dicatat di bukti'],
        escalation: 'Jika hoaks merugikan secara hukum (fitnah), bawa ke penyetuju atau bagian hukum.',
      },
      en: {
        title: 'Report the false content',
        description:
          'Report false posts to the platforms and, where warranted, to the government’s content complaint channel. Ask fact-checkers to review the claim.',
        checklist: ['Reports sent to platforms', 'Fact-checkers contacted', 'Report numbers logged with the evidence'],
        escalation: 'If the hoax is legally harmful (defamation), take it to the approver or legal.',
      },
    },
    {
      key: 'brief-allies',
      ownerRole: 'spokesperson',
      dueAfterMinutes: 8 * 60,
      id: {
        title: 'Bekali karyawan dan mitra',
        description: 'Beri karyawan, mitra, reseller dan media fakta yang benar agar mereka bisa menjawab dengan kalimat yang sama.',
        checklist: ['Ringkasan fakta dibagikan ke karyawan', 'Mitra dan reseller diberi tahu', 'Media yang bertanya dijawab'],
        escalation: 'Jika karyawan ikut menyebarkan hoaks, pemimpin krisis berbicara dengan atasan mereka.',
      },
      en: {
        title: 'Brief employees and partners',
        description: 'Give employees, partners, resellers and media the correct facts so they answer in the same words.',
        checklist: ['Fact summary shared with employees', 'Partners and resellers told', 'Media who asked answered'],
        escalation: 'If employees are spreading the hoax, the crisis lead talks to their managers.',
      },
    },
    respondStep('hoax', 3 * 60),
    reviewStep(),
  ],
};
