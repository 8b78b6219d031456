import { holdingStatementStep, pausePostsStep, respondStep, reviewStep, starterTemplate } from './common-steps';
import type { StarterPlaybook } from './starter.types';

/** The service or app people rely on is down or degraded. */
export const SERVICE_OUTAGE: StarterPlaybook = {
  key: 'service-outage',
  crisisType: 'outage',
  title: { id: 'Gangguan layanan', en: 'Service outage' },
  steps: [
    {
      key: 'confirm-outage',
      ownerRole: 'monitor',
      dueAfterMinutes: 10,
      id: {
        title: 'Pastikan gangguan dan cakupannya',
        description:
          'Pastikan bersama tim teknis: apa yang mati, sejak kapan, siapa yang terdampak, dan perkiraan pemulihan bila sudah ada.',
        checklist: ['Gangguan dikonfirmasi tim teknis', 'Layanan dan wilayah terdampak dicatat', 'Perkiraan pemulihan ditanyakan'],
        escalation: 'Jika gangguan menyentuh pembayaran atau data pelanggan, beri tahu pemimpin krisis segera.',
      },
      en: {
        title: 'Confirm the outage and its scope',
        description: 'Confirm with the technical team: what is down, since when, who is affected, and the expected recovery time if known.',
        checklist: ['Outage confirmed by the technical team', 'Affected services and regions written down', 'Expected recovery time asked'],
        escalation: 'If payments or customer data are involved, tell the crisis lead at once.',
      },
    },
    pausePostsStep(15),
    holdingStatementStep('outage', 30),
    {
      key: 'regular-updates',
      ownerRole: 'spokesperson',
      dueAfterMinutes: 90,
      templateIds: [starterTemplate('outage', 'update')],
      id: {
        title: 'Beri kabar berkala',
        description:
          'Beri kabar setidaknya setiap jam sampai pulih, walaupun belum ada perkembangan. Orang lebih tenang jika tahu kapan kabar berikutnya datang.',
        checklist: ['Kabar terbit tepat waktu', 'Waktu kabar berikutnya selalu disebutkan', 'Halaman status diperbarui'],
        escalation: 'Jika gangguan berlangsung lebih dari empat jam, eksekutif menyampaikan kabar.',
      },
      en: {
        title: 'Give regular updates',
        description:
          'Update at least every hour until recovery, even without progress. People are calmer when they know when the next update comes.',
        checklist: ['Updates published on time', 'Time of the next update always stated', 'Status page updated'],
        escalation: 'If the outage lasts more than four hours, the executive gives the update.',
      },
    },
    respondStep('outage', 60),
    {
      key: 'announce-recovery',
      ownerRole: 'spokesperson',
      dueAfterMinutes: null,
      templateIds: [starterTemplate('outage', 'all_clear')],
      id: {
        title: 'Umumkan pemulihan',
        description: 'Umumkan bahwa layanan pulih, jelaskan penyebab secara sederhana, minta maaf, dan sebutkan kompensasi bila ada.',
        checklist: ['Pemulihan dipastikan tim teknis', 'Penyebab dijelaskan tanpa istilah teknis', 'Kompensasi diputuskan dan disebutkan'],
        escalation: 'Jika gangguan muncul lagi dalam 24 jam, buka kembali insiden.',
      },
      en: {
        title: 'Announce recovery',
        description: 'Announce the service is back, explain the cause simply, apologise, and mention any compensation.',
        checklist: ['Recovery confirmed by the technical team', 'Cause explained without jargon', 'Compensation decided and stated'],
        escalation: 'If the outage returns within 24 hours, reopen the incident.',
      },
    },
    reviewStep(),
  ],
};
