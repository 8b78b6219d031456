import { assembleTeamStep, pausePostsStep, respondStep, reviewStep, starterTemplate } from './common-steps';
import type { StarterPlaybook } from './starter.types';

/** Something the brand posted or said hurt people. */
export const OFFENSIVE_CONTENT: StarterPlaybook = {
  key: 'offensive-content',
  crisisType: 'offensive_content',
  title: { id: 'Konten yang menyinggung', en: 'Offensive content' },
  steps: [
    assembleTeamStep(15),
    {
      key: 'remove-content',
      ownerRole: 'responder',
      dueAfterMinutes: 30,
      id: {
        title: 'Turunkan konten dan simpan buktinya',
        description:
          'Hapus atau sembunyikan konten yang menyinggung di semua akun, setelah menyimpan tangkapan layar dan tautannya sebagai bukti.',
        checklist: [
          'Tangkapan layar dan tautan disimpan',
          'Konten diturunkan di semua platform',
          'Versi yang dibagikan ulang oleh akun resmi lain dicek',
        ],
        escalation: 'Jika konten sudah diliput media, beri tahu pemimpin krisis dan juru bicara segera.',
      },
      en: {
        title: 'Take the content down and keep the evidence',
        description: 'Delete or hide the offending content on every account, after saving screenshots and links as evidence.',
        checklist: ['Screenshots and links saved', 'Content removed on every platform', 'Copies shared by other official accounts checked'],
        escalation: 'If media have already covered it, tell the crisis lead and the spokesperson at once.',
      },
    },
    pausePostsStep(30),
    {
      key: 'apologise',
      ownerRole: 'spokesperson',
      dueAfterMinutes: 60,
      templateIds: [starterTemplate('offensive_content', 'apology')],
      id: {
        title: 'Minta maaf dengan tulus',
        description:
          'Minta maaf tanpa syarat: sebutkan apa yang salah, akui dampaknya, dan katakan apa yang akan dilakukan. Hindari kalimat seperti "jika ada yang tersinggung".',
        checklist: [
          'Kesalahan disebut dengan jelas',
          'Tidak ada pembelaan atau alasan',
          'Langkah perbaikan disebutkan',
          'Disetujui sebelum terbit',
        ],
        escalation: 'Jika kelompok yang tersinggung meminta dialog, libatkan eksekutif.',
      },
      en: {
        title: 'Apologise sincerely',
        description:
          'Apologise without conditions: say what was wrong, acknowledge the harm, and say what will be done. Avoid phrases such as "if anyone was offended".',
        checklist: ['The mistake named clearly', 'No excuses or defence', 'Corrective steps stated', 'Approved before publishing'],
        escalation: 'If the community that was hurt asks for a dialogue, involve the executive.',
      },
    },
    respondStep('offensive_content', 120),
    {
      key: 'find-cause',
      ownerRole: 'crisis_lead',
      dueAfterMinutes: 24 * 60,
      id: {
        title: 'Cari tahu bagaimana konten lolos',
        description:
          'Telusuri siapa membuat dan menyetujui konten, dan mengapa pemeriksaan tidak menangkapnya. Perbaiki alur persetujuan, bukan mencari kambing hitam.',
        checklist: ['Alur pembuatan dan persetujuan ditelusuri', 'Celah dalam pemeriksaan dicatat', 'Perubahan alur persetujuan diusulkan'],
        escalation: 'Jika melibatkan pihak ketiga (agensi, influencer), bawa ke eksekutif.',
      },
      en: {
        title: 'Find out how the content got through',
        description:
          'Trace who made and approved the content and why the checks missed it. Fix the approval flow rather than looking for someone to blame.',
        checklist: ['Creation and approval path traced', 'Gaps in the checks written down', 'Changes to the approval flow proposed'],
        escalation: 'If a third party (agency, influencer) was involved, take it to the executive.',
      },
    },
    reviewStep(),
  ],
};
