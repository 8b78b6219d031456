import { describe, expect, it } from 'vitest';
import { checkTone } from './check-tone';
import type { ToneContext } from './tone.types';

/** Replies the way good customer care writes them: each must pass without a single finding. */
const CALM_ID = [
  'Halo Kak, mohon maaf atas keterlambatan pesanannya. Boleh dibantu kirim nomor pesanan via DM? Tim kami akan segera cek.',
  'Terima kasih atas masukannya, Kak. Kami sudah teruskan ke tim produk dan akan mengabari perkembangannya di sini.',
  'Mohon maaf atas pengalaman kurang menyenangkan ini. Silakan hubungi kami di WA 0812-3456-7890 agar bisa kami bantu lebih lanjut.',
  'Maaf ya Kak, stok sedang kosong. Kami kabari lewat DM begitu tersedia lagi.',
  'Kami turut prihatin atas kejadian ini. Tim kami sedang menghubungi Kakak lewat email untuk proses pengembalian dana.',
  'Mohon maaf, Kak. Untuk pengecekan lebih lanjut, mohon kirimkan foto produk dan nomor pesanan ke cs@tokoku.co.id ya.',
  'Halo Kak, kami memahami kekecewaannya. Pengembalian dana sedang diproses; info selengkapnya di https://tokoku.co.id/refund.',
  'Mohon maaf atas ketidaknyamanannya. Gangguan aplikasi sudah kami tangani, kabar berikutnya pukul 14.00 WIB.',
  'Terima kasih sudah sabar menunggu, Kak. Paket sudah dikirim ulang hari ini; nomor resinya kami kirim via DM.',
  'Maaf banget Kak atas kendalanya 🙏 Boleh japri kami nomor pesanannya ya, biar langsung kami cek.',
  'Bukan Kakak yang salah, ini kekeliruan sistem kami. Mohon maaf ya, dana akan kembali dan kami kabari lewat DM.',
];

const CALM_EN = [
  "Hi, we're sorry your order arrived late. Could you DM us the order number so we can look into it?",
  "Thanks for letting us know. We've passed this on to our product team and will update you here.",
  'We apologise for the trouble. Please email help@example.com and our team will get back to you within a day.',
  'Sorry about that! The app issue is fixed; more details at https://status.example.com.',
  "We understand how frustrating this is. Our team is checking your account now; we'll follow up by DM.",
  'Thank you for your patience. The next update comes at 3 pm on our status page.',
  "It's not your fault at all, and we're sorry for the confusion. Please contact us and we'll sort it out.",
];

function context(language: 'id' | 'en'): ToneContext {
  return { situation: { kind: 'reply', answering: 'complaint' }, channel: 'x', answering: { language } };
}

describe('calm replies', () => {
  it.each(CALM_ID)('pass clean in Indonesian: %s', (draft) => {
    expect(checkTone(draft, context('id'))).toEqual([]);
  });

  it.each(CALM_EN)('pass clean in English: %s', (draft) => {
    expect(checkTone(draft, context('en'))).toEqual([]);
  });
});
