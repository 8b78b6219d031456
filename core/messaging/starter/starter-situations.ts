import type { CrisisType } from '../../plan/plan.types';
import type { TemplateLanguage } from '../templates/template-kinds';

/** What a starter template says that is particular to its crisis type, per language. */
export interface StarterSituation {
  /** The library's name for the type, in the template names. */
  name: string;
  /** What the team is doing about it, in one or two sentences. */
  action: string;
  /** What the reader can do meanwhile, in one sentence. */
  advice: string;
  /** What has changed once it is over. */
  resolved: string;
  /** A short reply to one person, after the apology. */
  reply: string;
}

/** The crisis types the starter playbooks cover; `hoax` and `coordinated_attack` are not the brand's doing. */
export const STARTER_CRISIS_TYPES = [
  'offensive_content',
  'negative_wave',
  'data_privacy',
  'account_security',
  'product_quality',
  'outage',
  'scandal_legal',
  'hoax',
  'coordinated_attack',
] as const satisfies readonly CrisisType[];
export type StarterCrisisType = (typeof STARTER_CRISIS_TYPES)[number];

/** Crisis types in which the brand is the target of false information, not its cause. */
export const FALSE_INFORMATION_TYPES: ReadonlySet<StarterCrisisType> = new Set(['hoax', 'coordinated_attack']);

export const STARTER_SITUATIONS: Record<StarterCrisisType, Record<TemplateLanguage, StarterSituation>> = {
  offensive_content: {
    id: {
      name: 'Konten menyinggung',
      action: 'Konten tersebut sudah kami turunkan, dan kami sedang meninjau bagaimana konten itu bisa lolos dari proses persetujuan kami.',
      advice: 'Jika Anda menemukan salinan konten itu di akun kami, mohon kirimkan tautannya kepada kami.',
      resolved: 'Proses persetujuan konten kami kini melibatkan peninjau tambahan sebelum apa pun diterbitkan.',
      reply: 'Konten itu sudah kami turunkan dan sedang kami tinjau.',
    },
    en: {
      name: 'Offensive content',
      action: 'We have taken the content down and are reviewing how it got past our approval process.',
      advice: 'If you find a copy of it on any of our accounts, please send us the link.',
      resolved: 'Our content approval now includes an additional reviewer before anything is published.',
      reply: 'We have taken the content down and are reviewing what happened.',
    },
  },
  negative_wave: {
    id: {
      name: 'Gelombang keluhan',
      action: 'Tim kami membaca setiap keluhan yang masuk dan mengelompokkannya agar masalah utamanya dapat segera ditangani.',
      advice: 'Jika keluhan Anda belum terjawab, mohon kirimkan detailnya kepada kami agar dapat ditindaklanjuti.',
      resolved: 'Kami telah menindaklanjuti keluhan yang masuk dan mengubah cara kami melayani berdasarkan masukan Anda.',
      reply: 'Keluhan Anda sudah kami catat dan sedang ditindaklanjuti oleh tim kami.',
    },
    en: {
      name: 'Wave of complaints',
      action: 'Our team is reading every complaint we receive and grouping them so the main problems can be addressed first.',
      advice: 'If your complaint has not been answered yet, please send us the details so we can follow up.',
      resolved: 'We have followed up on the complaints we received and changed how we serve you based on your feedback.',
      reply: 'We have logged your complaint and our team is following up.',
    },
  },
  data_privacy: {
    id: {
      name: 'Insiden data pribadi',
      action: 'Kami sedang menyelidiki insiden ini bersama tim keamanan dan akan melapor kepada otoritas sesuai ketentuan UU PDP.',
      advice: 'Sebagai langkah berjaga-jaga, mohon ganti kata sandi Anda dan jangan pernah membagikan kode OTP kepada siapa pun.',
      resolved: 'Celah yang terkait dengan insiden ini telah ditutup dan pengamanan akses data telah kami perketat.',
      reply: 'Demi keamanan, mohon ganti kata sandi Anda dan jangan bagikan kode OTP kepada siapa pun.',
    },
    en: {
      name: 'Personal data incident',
      action:
        'We are investigating this incident with our security team and will notify the authorities as the data protection law requires.',
      advice: 'As a precaution, please change your password and never share a one-time code with anyone.',
      resolved: 'The weakness involved in this incident has been closed and access to data is now more tightly controlled.',
      reply: 'As a precaution, please change your password and never share a one-time code with anyone.',
    },
  },
  account_security: {
    id: {
      name: 'Akun diretas atau serangan siber',
      action: 'Kami sedang memulihkan akses akun tersebut bersama penyedia platform dan memeriksa sistem kami yang lain.',
      advice: 'Mohon abaikan pesan, tautan atau promo dari akun itu sampai kami menyatakan akun tersebut aman kembali.',
      resolved: 'Akun tersebut telah kembali kami kelola, dan autentikasi dua langkah kini aktif di semua akun resmi kami.',
      reply: 'Mohon abaikan pesan dan tautan dari akun tersebut sampai kami mengumumkan akun itu aman kembali.',
    },
    en: {
      name: 'Hijacked account or cyber attack',
      action: 'We are recovering access to the account with the platform and checking our other systems.',
      advice: 'Please ignore messages, links or offers from that account until we announce that it is safe again.',
      resolved: 'The account is back in our hands, and two-step verification is now on for all our official accounts.',
      reply: 'Please ignore messages and links from that account until we announce that it is safe again.',
    },
  },
  product_quality: {
    id: {
      name: 'Cacat produk atau penarikan',
      action: 'Kami telah menghentikan sementara distribusi produk yang terkait dan sedang memeriksanya bersama laboratorium independen.',
      advice:
        'Jika Anda memiliki produk tersebut, mohon simpan dulu dan jangan digunakan; penukaran dapat diajukan melalui kontak di bawah.',
      resolved: 'Hasil pemeriksaan telah kami terima, produk yang terdampak telah ditarik, dan penukaran tetap dapat diajukan.',
      reply: 'Mohon simpan produknya dan jangan digunakan dulu; kirimkan nomor pesanan Anda agar penukaran dapat kami proses.',
    },
    en: {
      name: 'Product defect or recall',
      action: 'We have paused distribution of the products concerned and are testing them with an independent laboratory.',
      advice:
        'If you have one of these products, please set it aside and do not use it; you can request an exchange through the contact below.',
      resolved: 'The test results are in, the affected products have been withdrawn, and exchanges remain available.',
      reply: 'Please set the product aside and do not use it; send us your order number and we will arrange an exchange.',
    },
  },
  outage: {
    id: {
      name: 'Gangguan layanan',
      action: 'Tim teknis kami sedang bekerja memulihkan layanan dan memantau perkembangannya setiap saat.',
      advice: 'Transaksi yang tertunda akan tercatat; mohon tidak mengulang pembayaran agar tidak terjadi tagihan ganda.',
      resolved: 'Layanan telah pulih sepenuhnya, dan transaksi yang tertunda selama gangguan telah diproses.',
      reply: 'Tim teknis kami sedang memulihkan layanan; mohon tidak mengulang pembayaran agar tidak tertagih dua kali.',
    },
    en: {
      name: 'Service outage',
      action: 'Our engineers are working to restore the service and are monitoring it around the clock.',
      advice: 'Pending transactions are recorded; please do not repeat a payment, so you are not charged twice.',
      resolved: 'The service is fully restored, and transactions held up during the outage have been processed.',
      reply: 'Our engineers are restoring the service; please do not repeat a payment, so you are not charged twice.',
    },
  },
  scandal_legal: {
    id: {
      name: 'Skandal atau masalah hukum',
      action: 'Kami menanggapi hal ini dengan serius dan telah meminta pihak independen untuk meninjau apa yang terjadi.',
      advice: 'Siapa pun yang memiliki informasi terkait dapat menyampaikannya secara rahasia melalui kontak di bawah.',
      resolved: 'Peninjauan independen telah selesai, dan kami telah menjalankan langkah perbaikan yang direkomendasikan.',
      reply: 'Kami menanggapi hal ini dengan serius dan sedang meninjaunya bersama pihak independen.',
    },
    en: {
      name: 'Scandal or legal matter',
      action: 'We take this seriously and have asked an independent party to review what happened.',
      advice: 'Anyone with relevant information can share it in confidence through the contact below.',
      resolved: 'The independent review is complete, and we have put its recommended changes in place.',
      reply: 'We take this seriously and are reviewing it with an independent party.',
    },
  },
  hoax: {
    id: {
      name: 'Hoaks',
      action: 'Kami sedang memeriksa asal informasi ini dan menyiapkan penjelasan lengkap beserta buktinya.',
      advice: 'Mohon periksa informasi hanya dari akun resmi kami dan jangan meneruskan pesan yang belum jelas sumbernya.',
      resolved: 'Informasi yang keliru telah dikoreksi, dan platform telah memberi label pada unggahan yang menyebarkannya.',
      reply: 'Informasi tersebut tidak benar; penjelasan resmi kami ada di halaman pembaruan.',
    },
    en: {
      name: 'Hoax',
      action: 'We are tracing where this information came from and preparing a full explanation with the evidence.',
      advice: 'Please rely only on our official accounts and do not forward messages whose source is unclear.',
      resolved: 'The false information has been corrected, and the platforms have labelled the posts that spread it.',
      reply: 'That information is not accurate; our official explanation is on the update page.',
    },
  },
  coordinated_attack: {
    id: {
      name: 'Serangan terkoordinasi',
      action: 'Kami melihat banyak unggahan serupa dari akun-akun baru dan telah melaporkannya kepada platform untuk ditinjau.',
      advice: 'Mohon periksa informasi hanya dari akun resmi kami; keluhan yang sungguh-sungguh tetap kami layani seperti biasa.',
      resolved: 'Platform telah menindak akun-akun yang terlibat, dan percakapan tentang kami telah kembali seperti biasa.',
      reply: 'Informasi tersebut tidak benar; penjelasan resmi kami ada di halaman pembaruan.',
    },
    en: {
      name: 'Coordinated attack',
      action: 'We have seen many similar posts from newly created accounts and have reported them to the platforms for review.',
      advice: 'Please rely only on our official accounts; genuine complaints are still handled as usual.',
      resolved: 'The platforms have acted on the accounts involved, and conversation about us is back to normal.',
      reply: 'That information is not accurate; our official explanation is on the update page.',
    },
  },
};
