import { assembleTeamStep, pausePostsStep, reviewStep, starterTemplate } from './common-steps';
import type { StarterPlaybook } from './starter.types';

/** Competitors or coordinated accounts push a campaign against the brand. */
export const COORDINATED_ATTACK: StarterPlaybook = {
  key: 'coordinated-attack',
  crisisType: 'coordinated_attack',
  title: { id: 'Serangan pesaing atau akun terkoordinasi', en: 'Competitor or coordinated attack' },
  steps: [
    {
      key: 'analyse-accounts',
      ownerRole: 'monitor',
      dueAfterMinutes: 60,
      id: {
        title: 'Periksa pola akun',
        description:
          'Periksa apakah serangan terkoordinasi: akun baru, teks yang sama, waktu posting serentak, tagar yang sama. Bedakan akun palsu dari pelanggan yang sungguh kecewa.',
        checklist: [
          'Daftar akun dan teks serupa disimpan',
          'Pelanggan asli dipisahkan dari akun palsu',
          'Jangkauan ke audiens nyata diperkirakan',
        ],
        escalation: 'Jika kampanye mulai diangkat media atau tokoh publik, beri tahu pemimpin krisis segera.',
      },
      en: {
        title: 'Examine the accounts',
        description:
          'Check whether the attack is coordinated: new accounts, identical texts, posts at the same moment, the same hashtags. Tell fake accounts from genuinely unhappy customers.',
        checklist: ['Accounts and similar texts saved', 'Real customers separated from fake accounts', 'Reach to real audiences estimated'],
        escalation: 'If media or public figures pick the campaign up, tell the crisis lead at once.',
      },
    },
    assembleTeamStep(60),
    {
      key: 'do-not-engage',
      ownerRole: 'responder',
      dueAfterMinutes: 60,
      id: {
        title: 'Jangan melawan api dengan api',
        description:
          'Jangan membalas akun palsu dan jangan menyerang balik pesaing. Tetap layani pelanggan asli. Sembunyikan spam sesuai kebijakan; blokir hanya pengirim spam yang terus-menerus, bukan pengkritik.',
        checklist: ['Tim penjawab diberi arahan', 'Spam disembunyikan sesuai kebijakan', 'Pelanggan asli tetap dijawab'],
        escalation: 'Jika ada ancaman kekerasan atau doxing, laporkan ke platform dan pihak berwajib.',
      },
      en: {
        title: 'Do not fight fire with fire',
        description:
          'Do not answer fake accounts and never attack the competitor back. Keep serving real customers. Hide spam as the policy says; block only persistent spammers, never critics.',
        checklist: ['Responders briefed', 'Spam hidden as the policy says', 'Real customers still answered'],
        escalation: 'If there are threats of violence or doxing, report to the platform and the police.',
      },
    },
    pausePostsStep(60),
    {
      key: 'report-network',
      ownerRole: 'responder',
      dueAfterMinutes: 4 * 60,
      id: {
        title: 'Laporkan perilaku tidak autentik',
        description:
          'Laporkan jaringan akun ke platform sebagai perilaku tidak autentik terkoordinasi, dengan bukti yang sudah dikumpulkan.',
        checklist: ['Laporan dengan bukti dikirim ke setiap platform', 'Nomor laporan dicatat'],
        escalation: 'Jika platform tidak menanggapi dalam 48 jam, gunakan kontak mitra platform.',
      },
      en: {
        title: 'Report inauthentic behaviour',
        description: 'Report the network of accounts to the platforms as coordinated inauthentic behaviour, with the evidence collected.',
        checklist: ['Reports with evidence sent to each platform', 'Report numbers logged'],
        escalation: 'If a platform does not respond within 48 hours, use the platform partner contact.',
      },
    },
    {
      key: 'state-facts',
      ownerRole: 'spokesperson',
      dueAfterMinutes: 8 * 60,
      templateIds: [starterTemplate('coordinated_attack', 'hoax_correction')],
      id: {
        title: 'Sampaikan fakta bila sampai ke audiens nyata',
        description: 'Hanya jika kampanye menjangkau pelanggan nyata: sampaikan fakta dengan tenang, tanpa menuduh siapa pun tanpa bukti.',
        checklist: ['Diputuskan perlu atau tidaknya pernyataan', 'Tidak ada tuduhan tanpa bukti', 'Disetujui sebelum terbit'],
        escalation: 'Jika ada fitnah yang merugikan, bawa ke penyetuju atau bagian hukum.',
      },
      en: {
        title: 'State the facts if real audiences are reached',
        description: 'Only if the campaign reaches real customers: state the facts calmly, without accusing anyone without evidence.',
        checklist: ['Decided whether a statement is needed', 'No accusations without evidence', 'Approved before publishing'],
        escalation: 'If there is harmful defamation, take it to the approver or legal.',
      },
    },
    reviewStep(),
  ],
};
