import { assembleTeamStep, pausePostsStep, respondStep, reviewStep, starterTemplate } from './common-steps';
import type { StarterPlaybook } from './starter.types';

/** Personal data leaked or may have leaked. */
export const DATA_BREACH: StarterPlaybook = {
  key: 'data-breach',
  crisisType: 'data_privacy',
  title: { id: 'Kebocoran data atau privasi', en: 'Data or privacy breach' },
  steps: [
    assembleTeamStep(15),
    {
      key: 'contain',
      ownerRole: 'crisis_lead',
      dueAfterMinutes: 60,
      id: {
        title: 'Hentikan kebocoran bersama tim keamanan TI',
        description:
          'Pastikan tim keamanan TI menutup celah, mengamankan bukti dan memperkirakan data apa dan milik berapa orang yang terdampak.',
        checklist: ['Celah ditutup atau akses diputus', 'Log dan bukti diamankan', 'Jenis data dan jumlah orang terdampak diperkirakan'],
        escalation: 'Jika kebocoran masih berlangsung setelah satu jam, libatkan eksekutif dan pakar keamanan dari luar.',
      },
      en: {
        title: 'Stop the leak with IT security',
        description:
          'Make sure IT security closes the hole, secures the evidence and estimates which data and how many people are affected.',
        checklist: ['Hole closed or access cut', 'Logs and evidence secured', 'Kind of data and number of people affected estimated'],
        escalation: 'If the leak is still going on after an hour, involve the executive and outside security experts.',
      },
    },
    pausePostsStep(30),
    {
      key: 'legal-duties',
      ownerRole: 'approver',
      dueAfterMinutes: 4 * 60,
      id: {
        title: 'Periksa kewajiban hukum',
        description:
          'Bersama bagian hukum, tentukan siapa yang wajib diberi tahu dan kapan. UU Pelindungan Data Pribadi mewajibkan pemberitahuan tertulis kepada pemilik data dan lembaga berwenang paling lambat 3 × 24 jam.',
        checklist: [
          'Kewajiban pemberitahuan dipastikan',
          'Tenggat pemberitahuan dicatat di lembar fakta',
          'Isi wajib pemberitahuan disiapkan',
        ],
        escalation: 'Jika tenggat hukum terancam terlewat, beri tahu eksekutif segera.',
      },
      en: {
        title: 'Check legal duties',
        description:
          'With legal, decide who must be told and by when. Indonesia’s Personal Data Protection Law requires written notice to the people affected and the authority within 3 × 24 hours.',
        checklist: [
          'Notification duties confirmed',
          'Notification deadline written on the fact sheet',
          'Required content of the notice prepared',
        ],
        escalation: 'If the legal deadline is at risk, tell the executive at once.',
      },
    },
    {
      key: 'acknowledge',
      ownerRole: 'spokesperson',
      dueAfterMinutes: 6 * 60,
      templateIds: [starterTemplate('data_privacy', 'holding_statement')],
      id: {
        title: 'Akui secara publik tanpa berspekulasi',
        description:
          'Sampaikan apa yang sudah pasti, apa yang sedang diselidiki dan apa yang bisa dilakukan orang sekarang (misalnya mengganti kata sandi). Jangan meremehkan.',
        checklist: [
          'Hanya fakta yang sudah pasti',
          'Langkah perlindungan untuk pengguna disebutkan',
          'Saluran bantuan disebutkan',
          'Disetujui bagian hukum',
        ],
        escalation: 'Jika media sudah memberitakan sebelum pernyataan siap, terbitkan pernyataan singkat segera.',
      },
      en: {
        title: 'Acknowledge publicly without speculating',
        description:
          'Say what is certain, what is being investigated and what people can do now (for example change their password). Never play it down.',
        checklist: ['Only confirmed facts', 'Protective steps for users stated', 'Help channel named', 'Approved by legal'],
        escalation: 'If media report it before the statement is ready, publish a short statement at once.',
      },
    },
    {
      key: 'notify-affected',
      ownerRole: 'spokesperson',
      dueAfterMinutes: 72 * 60,
      templateIds: [starterTemplate('data_privacy', 'apology')],
      id: {
        title: 'Beri tahu orang yang terdampak',
        description:
          'Kirim pemberitahuan pribadi kepada setiap orang yang datanya terdampak: data apa, kapan, apa yang kami lakukan, apa yang sebaiknya mereka lakukan.',
        checklist: [
          'Daftar penerima lengkap',
          'Pemberitahuan kepada lembaga berwenang terkirim',
          'Pemberitahuan kepada pemilik data terkirim',
        ],
        escalation: 'Jika sebagian orang tidak bisa dihubungi, umumkan secara publik.',
      },
      en: {
        title: 'Notify the people affected',
        description:
          'Send each person whose data was affected a personal notice: which data, when, what we are doing, what they should do.',
        checklist: ['Recipient list complete', 'Notice to the authority sent', 'Notice to the people affected sent'],
        escalation: 'If some people cannot be reached, announce it publicly.',
      },
    },
    respondStep('data_privacy', 6 * 60),
    reviewStep(),
  ],
};
