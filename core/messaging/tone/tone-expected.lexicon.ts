import type { ToneLexicon } from './tone.lexicon';

/**
 * What a message should have (an apology or acknowledgement, a next step) and the capitals that are
 * not shouting; written like `tone.lexicon.ts`.
 */

/** An apology, thanks or acknowledgement of how the person feels. */
export const EMPATHY: ToneLexicon = {
  id: [
    'maaf',
    'mohon|minta|memohon maaf',
    'kami memahami|mengerti|paham|pahami|mengerti',
    'kami turut prihatin|sedih|berduka|menyesal',
    'kami menyesal|menyesalkan|menyesali',
    'terima kasih',
    'ketidaknyamanan',
    'kekecewaan|kekhawatiran|kerugian anda|kamu|kakak',
    'kami dengar',
    'kami sangat? prihatin',
  ],
  en: [
    'sorry',
    'apologise|apologize|apologies|apology',
    'we understand|hear',
    'we regret',
    'thank you',
    'thanks',
    'inconvenience',
    'frustrating|frustration|upsetting|concerning',
    'we’re concerned',
  ],
};

/** A next step or a way to reach us: a contact, a channel, or when the next update comes. */
export const NEXT_STEP: ToneLexicon = {
  id: [
    'hubungi|menghubungi|dihubungi|kontak',
    'kirim|kirimkan|kirimi|kirimin pesan|dm|email|nomor|detail|data',
    'dm|inbox|japri|email|surel|telepon|whatsapp|sms',
    'call center',
    'layanan pelanggan',
    'customer service|care',
    'kunjungi|cek',
    'kami|akan * kabari|kabarkan|mengabari|update|perbarui|memperbarui|informasikan|menginformasikan|sampaikan|hubungi|menghubungi',
    'informasi|kabar|pembaruan|update terbaru|berikutnya|selanjutnya|lanjutan',
    'tim kami * menghubungi|membantu|memeriksa|menindaklanjuti|cek',
    'pukul',
    'tindak lanjut',
  ],
  en: [
    'contact|reach|call|email|phone|message|dm',
    'send us',
    'customer service|care|support',
    'helpline|hotline',
    'visit',
    'we’ll|will * update|follow|get|keep|share|contact|reach|investigate|check',
    'let you know',
    'next update',
    'more information|details',
    'our team will|is',
  ],
  // A link, an e-mail address, a phone number or a handle is a way to reach us.
  patterns: [
    { regex: /https?:\/\/\S+|www\.\S+/giu },
    { regex: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, requires: '@' },
    { regex: /(?:\+62|\b0)8\d(?:[\s-]?\d){6,11}\b/gu, requires: '8' },
    { regex: /\b1500\d{3}\b/gu, requires: '1500' },
  ],
};

/** Acronyms written in capitals are not shouting. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  (
    'DM WA CS FAQ OTP PIN ATM SMS URL CEO HRD COD BPOM PLN BCA BRI BNI BSI BTN OJK BI KTP NIK NPWP PT CV TBK UMKM UKM ' +
    'KRL MRT LRT BUMN PDP UU RI DKI COVID HP TV PDF ID EN UK USA US EU API SOP QR IT AI VIP WIB WITA WIT AM PM ' +
    'GOJEK GRAB JNE JNT POS SPBU BBM ASAP NB PS'
  ).split(' '),
);
