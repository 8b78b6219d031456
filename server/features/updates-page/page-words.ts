import type { StatementLanguage } from '../../../core/statements';

/** Every word of the public page and its e-mails, in the statement's (or page's) language. */
export const PAGE_WORDS = {
  id: {
    updates: 'Pembaruan',
    noStatements: 'Belum ada pembaruan.',
    published: 'Diterbitkan',
    edited: 'Disunting',
    history: 'Riwayat suntingan',
    revision: 'Versi',
    reason: 'Alasan',
    original: 'Versi pertama',
    nextUpdate: 'Pembaruan berikutnya',
    feed: 'Umpan Atom',
    subscribeTitle: 'Dapatkan pembaruan lewat email',
    subscribeHelp: 'Kami mengirim email konfirmasi dulu. Anda bisa berhenti kapan saja.',
    email: 'Alamat email',
    subscribe: 'Berlangganan',
    checkInbox: 'Periksa kotak masuk Anda: buka tautan di email kami untuk mengonfirmasi langganan.',
    badForm: 'Formulir kedaluwarsa atau tidak sah. Muat ulang halaman lalu coba lagi.',
    badEmail: 'Alamat email tidak sah.',
    tooMany: 'Terlalu banyak percobaan. Coba lagi dalam satu jam.',
    mailFailed: 'Email konfirmasi belum bisa dikirim. Coba lagi nanti.',
    confirmTitle: 'Konfirmasi langganan',
    confirmButton: 'Ya, kirimi saya pembaruan',
    confirmed: 'Langganan aktif. Anda akan menerima setiap pembaruan lewat email.',
    badLink: 'Tautan tidak sah, sudah dipakai, atau kedaluwarsa.',
    unsubscribeTitle: 'Berhenti berlangganan',
    unsubscribeButton: 'Berhenti berlangganan',
    unsubscribed: 'Anda tidak akan menerima email pembaruan lagi.',
    back: 'Kembali ke pembaruan',
    confirmSubject: 'Konfirmasi langganan pembaruan',
    confirmMail:
      'Seseorang (semoga Anda) meminta pembaruan lewat email dari halaman ini. Buka tautan berikut untuk mengonfirmasi (berlaku 48 jam). Abaikan email ini jika bukan Anda.',
    mailFooter: 'Berhenti berlangganan',
    correction: 'Koreksi',
  },
  en: {
    updates: 'Updates',
    noStatements: 'No updates yet.',
    published: 'Published',
    edited: 'Edited',
    history: 'Edit history',
    revision: 'Version',
    reason: 'Reason',
    original: 'First version',
    nextUpdate: 'Next update',
    feed: 'Atom feed',
    subscribeTitle: 'Get updates by email',
    subscribeHelp: 'We send a confirmation email first. You can stop at any time.',
    email: 'Email address',
    subscribe: 'Subscribe',
    checkInbox: 'Check your inbox: open the link in our email to confirm your subscription.',
    badForm: 'The form has expired or is not valid. Reload the page and try again.',
    badEmail: 'That email address is not valid.',
    tooMany: 'Too many attempts. Try again in an hour.',
    mailFailed: 'The confirmation email could not be sent yet. Try again later.',
    confirmTitle: 'Confirm your subscription',
    confirmButton: 'Yes, send me updates',
    confirmed: 'Subscribed. You will get every update by email.',
    badLink: 'The link is not valid, was used already, or has expired.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeButton: 'Unsubscribe',
    unsubscribed: 'You will not get update emails any more.',
    back: 'Back to the updates',
    confirmSubject: 'Confirm your subscription to updates',
    confirmMail:
      'Someone (hopefully you) asked for email updates from this page. Open this link to confirm (valid for 48 hours). Ignore this email if it was not you.',
    mailFooter: 'Unsubscribe',
    correction: 'Correction',
  },
} as const satisfies Record<StatementLanguage, Record<string, string>>;

export type PageWords = (typeof PAGE_WORDS)[StatementLanguage];

/** A time as people in Indonesia read it (WIB), with the machine-readable value beside it. */
export function formatTime(at: number, language: StatementLanguage): string {
  const text = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(at);
  return `${text} WIB`;
}
