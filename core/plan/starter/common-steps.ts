import type { StarterCrisisType } from '../../messaging/starter';
import type { TemplateKind } from '../../messaging/templates/template-kinds';
import type { StarterStep } from './starter.types';

/** The message library's key of a starter template (`starter.<crisis type>.<kind>`), so a step opens real templates. */
export function starterTemplate(type: StarterCrisisType, kind: TemplateKind): string {
  return `starter.${type}.${kind}`;
}

/* Steps nearly every crisis shares; each playbook adds its own around them. */

export function assembleTeamStep(dueAfterMinutes = 15): StarterStep {
  return {
    key: 'assemble-team',
    ownerRole: 'crisis_lead',
    dueAfterMinutes,
    id: {
      title: 'Kumpulkan tim krisis',
      description:
        'Hubungi tim krisis, tetapkan siapa memimpin, siapa juru bicara dan siapa memantau. Buka ruang krisis dan catat waktu mulai.',
      checklist: ['Pemimpin krisis dan juru bicara dikonfirmasi', 'Saluran komunikasi tim dibuka', 'Fakta awal dicatat di lembar fakta'],
      escalation: 'Jika pemimpin krisis tidak bisa dihubungi dalam 15 menit, wakilnya mengambil alih.',
    },
    en: {
      title: 'Assemble the crisis team',
      description: 'Reach the crisis team, confirm who leads, who speaks and who monitors. Open the crisis room and note the start time.',
      checklist: ['Crisis lead and spokesperson confirmed', 'Team channel open', 'First facts written on the fact sheet'],
      escalation: 'If the crisis lead cannot be reached within 15 minutes, their deputy takes over.',
    },
  };
}

export function pausePostsStep(dueAfterMinutes = 15): StarterStep {
  return {
    key: 'pause-posts',
    ownerRole: 'responder',
    dueAfterMinutes,
    id: {
      title: 'Hentikan posting terjadwal',
      description: 'Tunda semua konten promosi dan posting terjadwal di setiap akun agar tidak tampil ceria di tengah krisis.',
      checklist: [
        'Posting terjadwal di semua platform ditunda',
        'Iklan berbayar yang sensitif dihentikan sementara',
        'Tim pemasaran diberi tahu',
      ],
      escalation: 'Jika ada posting yang tidak bisa ditunda, beri tahu pemimpin krisis segera.',
    },
    en: {
      title: 'Pause scheduled posts',
      description:
        'Hold every promotional and scheduled post on every account so the brand does not sound cheerful in the middle of a crisis.',
      checklist: ['Scheduled posts on every platform paused', 'Sensitive paid ads paused', 'Marketing team told'],
      escalation: 'If a post cannot be paused, tell the crisis lead at once.',
    },
  };
}

/** `type` names the starter templates; null (the general playbook) has none. */
export function holdingStatementStep(type: StarterCrisisType | null, dueAfterMinutes = 60): StarterStep {
  return {
    key: 'holding-statement',
    ownerRole: 'spokesperson',
    dueAfterMinutes,
    templateIds: type ? [starterTemplate(type, 'holding_statement')] : [],
    id: {
      title: 'Akui secara publik',
      description:
        'Terbitkan pernyataan awal yang singkat, sopan dan jujur: kami tahu, kami peduli, kami sedang menangani, kabar berikutnya pada jam sekian. Jangan berspekulasi dan jangan menyalahkan.',
      checklist: [
        'Draf disetujui oleh penyetuju',
        'Nada dicek: tenang, empatik, tanpa menyalahkan',
        'Waktu kabar berikutnya disebutkan',
        'Diterbitkan di semua akun resmi',
      ],
      escalation: 'Jika persetujuan belum ada dalam 45 menit, pemimpin krisis memutuskan.',
    },
    en: {
      title: 'Acknowledge publicly',
      description:
        'Publish a short, polite and honest first statement: we know, we care, we are working on it, next update at a set time. Do not speculate and do not blame.',
      checklist: [
        'Draft approved by the approver',
        'Tone checked: calm, empathetic, no blame',
        'Time of the next update stated',
        'Published on every official account',
      ],
      escalation: 'If approval has not come within 45 minutes, the crisis lead decides.',
    },
  };
}

export function approveStatementStep(dueAfterMinutes: number, templateIds: string[] = []): StarterStep {
  return {
    key: 'approve-statement',
    ownerRole: 'approver',
    dueAfterMinutes,
    templateIds,
    id: {
      title: 'Setujui pernyataan lengkap',
      description:
        'Periksa pernyataan lengkap: apa yang terjadi, apa yang kami lakukan, bagaimana agar tidak terulang, dan kapan kabar berikutnya. Tidak ada yang terbit tanpa persetujuan.',
      checklist: ['Fakta sesuai lembar fakta', 'Risiko hukum diperiksa', 'Bahasa sederhana dan sopan', 'Persetujuan dicatat'],
      escalation: 'Jika ada keberatan hukum yang belum selesai, bawa ke eksekutif.',
    },
    en: {
      title: 'Approve the full statement',
      description:
        'Review the full statement: what happened, what we are doing, how it will not happen again, and when the next update comes. Nothing is published without approval.',
      checklist: ['Facts match the fact sheet', 'Legal risk reviewed', 'Plain, polite language', 'Approval recorded'],
      escalation: 'If a legal objection is unresolved, take it to the executive.',
    },
  };
}

export function respondStep(type: StarterCrisisType | null, dueAfterMinutes = 120): StarterStep {
  return {
    key: 'respond',
    ownerRole: 'responder',
    dueAfterMinutes,
    templateIds: type ? [starterTemplate(type, 'reply')] : [],
    id: {
      title: 'Balas orang satu per satu',
      description:
        'Balas komentar dan pesan dengan cepat, pribadi dan sopan. Jangan berdebat. Arahkan keluhan ke orang yang bisa menyelesaikannya dan pindahkan data pribadi ke pesan langsung.',
      checklist: [
        'Komentar berisiko tinggi dibalas dulu',
        'Keluhan diteruskan ke ahli internal',
        'Tidak ada balasan yang membela diri atau menyindir',
      ],
      escalation: 'Jika komentar melonjak melebihi kemampuan tim, minta tambahan penjawab kepada pemimpin krisis.',
    },
    en: {
      title: 'Answer people one by one',
      description:
        'Answer comments and messages quickly, personally and politely. Never argue. Route complaints to whoever can fix them and move personal data to direct messages.',
      checklist: ['Highest-risk comments answered first', 'Complaints passed to the internal expert', 'No defensive or sarcastic replies'],
      escalation: 'If comments outgrow the team, ask the crisis lead for more responders.',
    },
  };
}

export function monitorStep(dueAfterMinutes = 30): StarterStep {
  return {
    key: 'monitor',
    ownerRole: 'monitor',
    dueAfterMinutes,
    id: {
      title: 'Pantau percakapan',
      description:
        'Ikuti volume, sentimen, akun yang paling berpengaruh dan liputan media. Laporkan perubahan penting kepada pemimpin krisis setiap jam.',
      checklist: [
        'Volume dan sentimen dicatat tiap jam',
        'Akun dan media berpengaruh ditandai',
        'Pertanyaan yang sering muncul dikumpulkan',
      ],
      escalation: 'Jika media nasional atau tokoh publik ikut membahas, beri tahu pemimpin krisis segera.',
    },
    en: {
      title: 'Monitor the conversation',
      description:
        'Follow volume, sentiment, the most influential accounts and media coverage. Report important changes to the crisis lead every hour.',
      checklist: ['Volume and sentiment logged hourly', 'Influential accounts and media flagged', 'Frequent questions collected'],
      escalation: 'If national media or public figures pick it up, tell the crisis lead at once.',
    },
  };
}

export function reviewStep(): StarterStep {
  return {
    key: 'review',
    ownerRole: 'scribe',
    dueAfterMinutes: null,
    id: {
      title: 'Evaluasi dan perbarui rencana',
      description:
        'Setelah situasi tenang, susun evaluasi: waktu deteksi, waktu respons, apa yang berhasil, apa yang harus diubah. Jadikan pelajaran sebagai tindakan.',
      checklist: ['Linimasa lengkap', 'Pelajaran dicatat bersama tim', 'Panduan dan kebijakan diperbarui bila perlu'],
      escalation: 'Jika tindakan perbaikan belum punya pemilik, pemimpin krisis menetapkannya.',
    },
    en: {
      title: 'Review and update the plan',
      description:
        'Once things are calm, write the review: time to detect, time to respond, what worked, what must change. Turn lessons into actions.',
      checklist: ['Timeline complete', 'Lessons written down with the team', 'Playbook and policy updated where needed'],
      escalation: 'If a corrective action has no owner, the crisis lead assigns one.',
    },
  };
}
