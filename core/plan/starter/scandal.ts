import {
  approveStatementStep,
  assembleTeamStep,
  holdingStatementStep,
  monitorStep,
  pausePostsStep,
  reviewStep,
  starterTemplate,
} from './common-steps';
import type { StarterPlaybook } from './starter.types';

/** Misconduct, a legal case or a scandal around the brand or its people. */
export const SCANDAL: StarterPlaybook = {
  key: 'scandal',
  crisisType: 'scandal_legal',
  title: { id: 'Skandal atau masalah hukum', en: 'Scandal or legal issue' },
  steps: [
    assembleTeamStep(30),
    {
      key: 'establish-facts',
      ownerRole: 'crisis_lead',
      dueAfterMinutes: 2 * 60,
      id: {
        title: 'Kumpulkan fakta bersama bagian hukum',
        description:
          'Cari tahu apa yang benar-benar terjadi, siapa yang terlibat dan apa yang sudah diketahui publik. Libatkan bagian hukum sejak awal.',
        checklist: ['Kronologi disusun', 'Pihak yang terlibat diketahui', 'Nasihat hukum diminta'],
        escalation: 'Jika pimpinan perusahaan terlibat, eksekutif lain atau dewan memimpin keputusan.',
      },
      en: {
        title: 'Establish the facts with legal',
        description: 'Find out what really happened, who was involved and what the public already knows. Involve legal from the start.',
        checklist: ['Timeline drawn up', 'People involved identified', 'Legal advice requested'],
        escalation: 'If top management is involved, another executive or the board leads the decisions.',
      },
    },
    pausePostsStep(30),
    holdingStatementStep('scandal_legal', 2 * 60),
    monitorStep(60),
    {
      key: 'decide-actions',
      ownerRole: 'executive',
      dueAfterMinutes: 24 * 60,
      id: {
        title: 'Putuskan tindakan nyata',
        description:
          'Putuskan apa yang dilakukan: penonaktifan sementara, investigasi independen, kerja sama dengan pihak berwajib. Pernyataan tanpa tindakan tidak dipercaya.',
        checklist: ['Tindakan diputuskan dan dicatat', 'Pihak yang dirugikan diperhatikan', 'Dampak hukum setiap tindakan diperiksa'],
        escalation: 'Jika keputusan butuh dewan atau pemilik, jadwalkan rapat dalam 24 jam.',
      },
      en: {
        title: 'Decide real actions',
        description:
          'Decide what is done: suspension, an independent investigation, cooperation with the authorities. A statement without action is not believed.',
        checklist: ['Actions decided and recorded', 'People who were harmed considered', 'Legal effect of each action reviewed'],
        escalation: 'If the decision needs the board or the owners, meet within 24 hours.',
      },
    },
    approveStatementStep(30 * 60, [starterTemplate('scandal_legal', 'update')]),
    reviewStep(),
  ],
};
