import { assembleTeamStep, pausePostsStep, reviewStep, starterTemplate } from './common-steps';
import type { StarterPlaybook } from './starter.types';

/** A cyber attack, or someone else has control of an official account. */
export const ACCOUNT_HIJACK: StarterPlaybook = {
  key: 'account-hijack',
  crisisType: 'account_security',
  title: { id: 'Serangan siber atau akun dibajak', en: 'Cyber attack or hijacked account' },
  steps: [
    assembleTeamStep(15),
    {
      key: 'secure-account',
      ownerRole: 'crisis_lead',
      dueAfterMinutes: 30,
      id: {
        title: 'Ambil kembali akun',
        description:
          'Ganti kata sandi, keluarkan semua sesi, aktifkan verifikasi dua langkah, cabut akses aplikasi pihak ketiga yang tidak dikenal, dan laporkan ke platform.',
        checklist: [
          'Kata sandi diganti dan sesi dikeluarkan',
          'Verifikasi dua langkah aktif',
          'Akses aplikasi pihak ketiga diperiksa',
          'Laporan ke platform dikirim',
        ],
        escalation: 'Jika akun tidak bisa dipulihkan dalam satu jam, minta bantuan jalur darurat platform dan beri tahu eksekutif.',
      },
      en: {
        title: 'Take the account back',
        description:
          'Change the password, sign out every session, turn on two-step verification, revoke unknown third-party apps, and report to the platform.',
        checklist: [
          'Password changed and sessions signed out',
          'Two-step verification on',
          'Third-party app access reviewed',
          'Report to the platform sent',
        ],
        escalation: 'If the account cannot be recovered within an hour, use the platform’s emergency channel and tell the executive.',
      },
    },
    {
      key: 'warn-followers',
      ownerRole: 'spokesperson',
      dueAfterMinutes: 30,
      templateIds: [starterTemplate('account_security', 'holding_statement')],
      id: {
        title: 'Peringatkan pengikut lewat saluran lain',
        description:
          'Dari akun resmi lain, situs web dan email, beri tahu bahwa akun sedang diambil alih pihak lain: jangan klik tautan, jangan kirim data, abaikan pesan dari akun itu.',
        checklist: ['Peringatan terbit di saluran resmi lain', 'Layanan pelanggan diberi tahu cara menjawab', 'Peringatan disematkan'],
        escalation: 'Jika pembajak menipu pengikut (minta uang atau data), laporkan ke platform dan pihak berwajib.',
      },
      en: {
        title: 'Warn followers through other channels',
        description:
          'From other official accounts, the website and email, say the account is controlled by someone else: do not click links, do not send data, ignore messages from it.',
        checklist: ['Warning published on other official channels', 'Customer service told how to answer', 'Warning pinned'],
        escalation: 'If the attacker is scamming followers (asking for money or data), report to the platform and the police.',
      },
    },
    pausePostsStep(30),
    {
      key: 'clean-up',
      ownerRole: 'responder',
      dueAfterMinutes: 2 * 60,
      id: {
        title: 'Bersihkan jejak pembajak',
        description: 'Setelah akun kembali, simpan bukti lalu hapus posting, pesan dan perubahan profil yang dibuat pembajak.',
        checklist: ['Bukti tangkapan layar disimpan', 'Posting dan pesan pembajak dihapus', 'Profil, tautan dan admin dikembalikan'],
        escalation: 'Jika ada data pelanggan yang diakses dari akun, ganti ke panduan kebocoran data.',
      },
      en: {
        title: 'Clean up after the attacker',
        description: 'Once the account is back, keep the evidence, then remove the posts, messages and profile changes the attacker made.',
        checklist: ['Screenshot evidence saved', 'Attacker’s posts and messages removed', 'Profile, links and admins restored'],
        escalation: 'If customer data was reachable from the account, switch to the data breach playbook.',
      },
    },
    {
      key: 'explain',
      ownerRole: 'spokesperson',
      dueAfterMinutes: 4 * 60,
      templateIds: [starterTemplate('account_security', 'all_clear')],
      id: {
        title: 'Jelaskan apa yang terjadi',
        description:
          'Umumkan bahwa akun sudah aman, apa yang terjadi, apakah ada data yang terdampak, dan minta maaf atas posting yang dibuat pembajak.',
        checklist: ['Disetujui sebelum terbit', 'Dampak terhadap pengikut dijelaskan', 'Langkah pengamanan disebutkan'],
        escalation: 'Jika pertanyaan berlanjut lebih dari sehari, siapkan tanya-jawab.',
      },
      en: {
        title: 'Explain what happened',
        description:
          'Announce that the account is safe again, what happened, whether any data was affected, and apologise for what the attacker posted.',
        checklist: ['Approved before publishing', 'Effect on followers explained', 'Security steps stated'],
        escalation: 'If questions go on for more than a day, prepare a Q&A.',
      },
    },
    reviewStep(),
  ],
};
