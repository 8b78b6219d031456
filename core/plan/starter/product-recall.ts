import { assembleTeamStep, holdingStatementStep, pausePostsStep, respondStep, reviewStep, starterTemplate } from './common-steps';
import type { StarterPlaybook } from './starter.types';

/** A product is faulty or unsafe, possibly to be recalled. */
export const PRODUCT_RECALL: StarterPlaybook = {
  key: 'product-recall',
  crisisType: 'product_quality',
  title: { id: 'Cacat produk atau penarikan produk', en: 'Product defect or recall' },
  steps: [
    assembleTeamStep(30),
    {
      key: 'gather-facts',
      ownerRole: 'monitor',
      dueAfterMinutes: 60,
      id: {
        title: 'Kumpulkan fakta keluhan',
        description:
          'Kumpulkan keluhan, foto, nomor batch, tempat dan tanggal pembelian. Bersama tim produk dan mutu, pastikan seberapa luas masalahnya.',
        checklist: ['Keluhan dan bukti dikumpulkan', 'Nomor batch atau seri yang terdampak diketahui', 'Tim mutu dilibatkan'],
        escalation: 'Jika ada laporan cedera atau sakit, beri tahu pemimpin krisis dan eksekutif segera.',
      },
      en: {
        title: 'Gather the facts of the complaints',
        description:
          'Collect complaints, photos, batch numbers, where and when people bought. With product and quality teams, establish how wide the problem is.',
        checklist: ['Complaints and evidence collected', 'Affected batch or serial numbers known', 'Quality team involved'],
        escalation: 'If anyone reports an injury or illness, tell the crisis lead and the executive at once.',
      },
    },
    pausePostsStep(30),
    holdingStatementStep('product_quality', 90),
    {
      key: 'safety-decision',
      ownerRole: 'executive',
      dueAfterMinutes: 4 * 60,
      id: {
        title: 'Putuskan soal keselamatan dan penarikan',
        description:
          'Putuskan apakah produk harus ditarik, penjualannya dihentikan atau cukup diperbaiki. Keselamatan orang selalu lebih dulu daripada biaya.',
        checklist: [
          'Risiko keselamatan dinilai',
          'Keputusan penarikan dicatat dengan alasannya',
          'Regulator (misalnya BPOM) dihubungi bila wajib',
        ],
        escalation: 'Jika keputusan tertunda lebih dari empat jam sementara ada risiko keselamatan, hentikan penjualan dulu.',
      },
      en: {
        title: 'Decide on safety and a recall',
        description:
          'Decide whether the product is recalled, its sale stopped, or a fix is enough. People’s safety always comes before cost.',
        checklist: [
          'Safety risk assessed',
          'Recall decision recorded with its reasons',
          'Regulator (for example BPOM) contacted where required',
        ],
        escalation: 'If the decision is delayed beyond four hours while there is a safety risk, stop sales first.',
      },
    },
    {
      key: 'recall-notice',
      ownerRole: 'spokesperson',
      dueAfterMinutes: 8 * 60,
      templateIds: [starterTemplate('product_quality', 'update')],
      id: {
        title: 'Umumkan langkah untuk pelanggan',
        description:
          'Jelaskan cara mengenali produk yang terdampak, berhenti memakainya, dan cara mendapat penggantian atau pengembalian dana, dengan kontak yang jelas.',
        checklist: [
          'Cara mengenali produk (foto, nomor batch)',
          'Cara penggantian atau pengembalian dana',
          'Kontak layanan pelanggan',
          'Disetujui sebelum terbit',
        ],
        escalation: 'Jika distributor atau toko belum siap melayani, tunda pengumuman paling lama dua jam dan beri tahu eksekutif.',
      },
      en: {
        title: 'Announce what customers should do',
        description:
          'Explain how to recognise the affected product, to stop using it, and how to get a replacement or refund, with clear contacts.',
        checklist: [
          'How to recognise the product (photo, batch number)',
          'How to get a replacement or refund',
          'Customer service contact',
          'Approved before publishing',
        ],
        escalation:
          'If distributors or shops are not ready to serve customers, hold the announcement by at most two hours and tell the executive.',
      },
    },
    respondStep('product_quality', 2 * 60),
    reviewStep(),
  ],
};
