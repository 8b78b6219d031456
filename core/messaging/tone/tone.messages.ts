import type { MessagingLocale } from '../messaging.types';
import type { ToneRuleId } from './tone.types';

/** Every rule has these three; a rule may add variants of its explanation (`language_mismatch`). */
type RuleTexts = { title: string; explanation: string; fix: string } & Record<string, string>;

/**
 * The tone check's texts, shaped as an i18next resource (`tone.<rule>.<part>`, `{{name}}`
 * interpolation): the web app adds it with `i18n.addResourceBundle(locale, 'messaging', …)` and calls
 * `t(finding.explanation.key, finding.explanation.params)`; the server uses `describeMessage`.
 */
export const TONE_MESSAGES: Record<MessagingLocale, { tone: Record<ToneRuleId, RuleTexts> }> = {
  id: {
    tone: {
      confrontation: {
        title: 'Nada menyerang',
        explanation: '“{{phrase}}” menyalahkan, menggurui atau menyindir pembaca. Di depan publik, yang menang berdebat tetap kalah.',
        fix: 'Akui keluhannya dan jelaskan dengan tenang, misalnya: “Mohon maaf atas kebingungannya, Kak. Berikut penjelasannya: …”',
      },
      defensive: {
        title: 'Defensif atau meremehkan',
        explanation: '“{{phrase}}” terdengar mengelak atau meremehkan perasaan pembaca.',
        fix: 'Ganti dengan apa yang kami lakukan, misalnya: “Kami sedang memeriksa kejadian ini dan akan menyampaikan hasilnya.”',
      },
      promise: {
        title: 'Janji yang sulit ditepati',
        explanation: '“{{phrase}}” menjanjikan kepastian yang belum tentu bisa kami penuhi.',
        fix: 'Sebutkan langkah nyata, bukan jaminan: “Kami memperbaiki … agar kejadian serupa tidak terulang.”',
      },
      admission: {
        title: 'Perlu dibaca tim hukum',
        explanation: '“{{phrase}}” mengakui kelalaian, tanggung jawab hukum atau ganti rugi.',
        fix: 'Minta tim hukum atau approver membaca sebelum dikirim; sampaikan penyesalan tanpa menetapkan kesalahan hukum.',
      },
      legal_threat: {
        title: 'Ancaman hukum',
        explanation:
          '“{{phrase}}” membawa hukum ke hadapan pengkritik; ancaman UU ITE atau pencemaran nama baik mudah berubah menjadi skandal.',
        fix: 'Hapus ancamannya dan jawab isi keluhannya; langkah hukum terhadap penipuan atas nama merek diputuskan bersama tim hukum.',
      },
      empathy_missing: {
        title: 'Belum ada empati',
        explanation: 'Pesan ini menjawab keluhan atau krisis, tetapi belum ada permintaan maaf atau pengakuan atas perasaan pembaca.',
        fix: 'Awali dengan empati, misalnya: “Mohon maaf atas ketidaknyamanannya, kami memahami kekecewaan Kakak.”',
      },
      next_step_missing: {
        title: 'Belum ada langkah berikutnya',
        explanation: 'Pembaca belum tahu apa yang terjadi selanjutnya atau ke mana harus menghubungi kami.',
        fix: 'Tambahkan kontak atau waktu kabar berikutnya, misalnya: “Silakan hubungi kami lewat DM” atau “Kabar berikutnya pukul 15.00 WIB.”',
      },
      unfilled_variable: {
        title: 'Variabel belum diisi',
        explanation: '{{variables}} belum diisi dan akan terkirim apa adanya.',
        fix: 'Isi nilainya atau hapus variabel tersebut dari pesan.',
      },
      all_caps: {
        title: 'Huruf kapital semua',
        explanation: '“{{phrase}}” ditulis dengan huruf kapital semua dan terbaca seperti berteriak.',
        fix: 'Tulis dengan huruf biasa; singkatan seperti DM atau BPOM boleh tetap kapital.',
      },
      shouting_punctuation: {
        title: 'Tanda baca berteriak',
        explanation: '“{{phrase}}” terbaca marah atau panik.',
        fix: 'Cukup satu tanda baca: “.” atau satu “!”/“?”.',
      },
      too_long: {
        title: 'Terlalu panjang',
        explanation: 'Panjangnya {{length}}, melebihi batas {{limit}} saluran ini sebanyak {{over}}.',
        fix: 'Persingkat pesan atau arahkan ke halaman pembaruan untuk rinciannya.',
      },
      language_mismatch: {
        title: 'Bahasa berbeda',
        explanation: 'Pesan ini tidak dalam bahasa yang dipakai penanya.',
        explanation_id: 'Penanya menulis dalam bahasa Indonesia (atau bahasa daerah), tetapi pesan ini dalam bahasa Inggris.',
        explanation_en: 'Penanya menulis dalam bahasa Inggris, tetapi pesan ini dalam bahasa Indonesia.',
        fix: 'Jawab dalam bahasa yang sama dengan penanya.',
      },
    },
  },
  en: {
    tone: {
      confrontation: {
        title: 'Confrontational',
        explanation: '“{{phrase}}” blames, lectures or mocks the reader. In public, winning the argument still loses.',
        fix: 'Acknowledge the complaint and explain calmly, e.g. “Sorry for the confusion. Here is how it works: …”',
      },
      defensive: {
        title: 'Defensive or dismissive',
        explanation: '“{{phrase}}” sounds like deflecting blame or brushing off how the reader feels.',
        fix: 'Say what we are doing instead, e.g. “We are looking into what happened and will share what we find.”',
      },
      promise: {
        title: 'A promise we may not keep',
        explanation: '“{{phrase}}” promises a certainty we may not be able to deliver.',
        fix: 'Name concrete steps, not guarantees: “We are fixing … so that this does not happen again.”',
      },
      admission: {
        title: 'For legal review',
        explanation: '“{{phrase}}” admits negligence, legal liability or compensation.',
        fix: 'Have legal or an approver read it before it goes out; express regret without assigning legal fault.',
      },
      legal_threat: {
        title: 'Legal threat',
        explanation: '“{{phrase}}” brings the law against critics; threats of defamation charges easily become the scandal.',
        fix: 'Drop the threat and answer the complaint; legal steps against fraud in the brand’s name are decided with legal.',
      },
      empathy_missing: {
        title: 'No empathy yet',
        explanation: 'This answers a complaint or a crisis but has no apology or acknowledgement of how the reader feels.',
        fix: 'Open with empathy, e.g. “We are sorry for the trouble and understand your frustration.”',
      },
      next_step_missing: {
        title: 'No next step',
        explanation: 'The reader does not learn what happens next or how to reach us.',
        fix: 'Add a contact or when the next update comes, e.g. “Please send us a DM” or “Next update at 3 pm.”',
      },
      unfilled_variable: {
        title: 'Unfilled variable',
        explanation: '{{variables}} has no value yet and would be sent as it is.',
        fix: 'Fill in the value or remove the variable from the message.',
      },
      all_caps: {
        title: 'All capitals',
        explanation: '“{{phrase}}” is written in capitals and reads as shouting.',
        fix: 'Use normal case; acronyms such as DM or FAQ may stay in capitals.',
      },
      shouting_punctuation: {
        title: 'Shouting punctuation',
        explanation: '“{{phrase}}” reads as angry or panicked.',
        fix: 'One mark is enough: “.” or a single “!”/“?”.',
      },
      too_long: {
        title: 'Too long',
        explanation: 'It is {{length}} long, over this channel’s limit of {{limit}} by {{over}}.',
        fix: 'Shorten the message or link to the update page for details.',
      },
      language_mismatch: {
        title: 'Different language',
        explanation: 'The message is not in the language the person used.',
        explanation_id: 'The person wrote in Indonesian (or a regional language) but this message is in English.',
        explanation_en: 'The person wrote in English but this message is in Indonesian.',
        fix: 'Answer in the language the person used.',
      },
    },
  },
};
