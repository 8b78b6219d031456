import { assembleTeamStep, holdingStatementStep, pausePostsStep, respondStep, reviewStep } from './common-steps';
import type { StarterPlaybook } from './starter.types';

/** Many people complain at once, whatever the topic. */
export const NEGATIVE_WAVE: StarterPlaybook = {
  key: 'negative-wave',
  crisisType: 'negative_wave',
  title: { id: 'Gelombang komentar negatif', en: 'Wave of negative comments' },
  steps: [
    {
      key: 'find-trigger',
      ownerRole: 'monitor',
      dueAfterMinutes: 30,
      id: {
        title: 'Temukan pemicunya',
        description: 'Cari posting atau kejadian yang memicu gelombang, apa yang dikeluhkan orang, dan apakah keluhannya benar.',
        checklist: ['Posting pemicu ditemukan', 'Keluhan utama dirangkum dalam tiga poin', 'Dicek apakah keluhan berdasar'],
        escalation: 'Jika pemicunya masalah keamanan produk atau data, ganti ke panduan yang sesuai.',
      },
      en: {
        title: 'Find the trigger',
        description: 'Find the post or event that set off the wave, what people complain about, and whether the complaint is right.',
        checklist: ['Triggering post found', 'Main complaints summed up in three points', 'Checked whether the complaint is justified'],
        escalation: 'If the trigger is a product safety or data issue, switch to the matching playbook.',
      },
    },
    assembleTeamStep(30),
    pausePostsStep(30),
    holdingStatementStep('negative_wave', 60),
    respondStep('negative_wave', 90),
    {
      key: 'fix-cause',
      ownerRole: 'crisis_lead',
      dueAfterMinutes: 24 * 60,
      id: {
        title: 'Selesaikan akar masalah',
        description:
          'Bawa keluhan ke tim yang bisa memperbaikinya (produk, layanan pelanggan, harga) dan umumkan perbaikannya setelah nyata.',
        checklist: ['Pemilik perbaikan ditetapkan', 'Tenggat perbaikan disepakati', 'Pengumuman perbaikan disiapkan'],
        escalation: 'Jika perbaikan butuh keputusan anggaran, bawa ke eksekutif.',
      },
      en: {
        title: 'Fix the root cause',
        description:
          'Take the complaints to the team that can fix them (product, customer service, pricing) and announce the fix once it is real.',
        checklist: ['Owner of the fix named', 'Deadline for the fix agreed', 'Announcement of the fix prepared'],
        escalation: 'If the fix needs a budget decision, take it to the executive.',
      },
    },
    reviewStep(),
  ],
};
