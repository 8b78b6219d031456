import { describe, expect, it } from 'vitest';
import { readDraftWords } from './draft-words';
import { type PhraseCategory, findPhraseSpans } from './phrase-rules';

function spansOf(category: PhraseCategory, text: string): string[] {
  return findPhraseSpans(readDraftWords(text))[category].map((s) => text.slice(s.start, s.end));
}

/** Per rule and language: drafts it must find (with the span it must point at) and drafts it must leave alone. */
const CASES: Record<PhraseCategory, { id: [string, string][]; en: [string, string][]; clean: string[] }> = {
  confrontation: {
    id: [
      ['Anda yang salah baca!', 'Anda yang salah baca'],
      ['lu salah paham tuh', 'lu salah'],
      ['Kak, coba baca dulu deskripsinya', 'coba baca dulu'],
      ['Makanya lain kali hati-hati', 'Makanya'],
      ['Kan udh dibilang di caption', 'Kan udh dibilang'],
      ['sudah jelas tertulis di syarat', 'sudah jelas tertulis'],
      ['Kakak kurang teliti', 'Kakak kurang teliti'],
      ['salah sendiri gak cek', 'salah sendiri'],
      ['jangan asal nuduh ya', 'jangan asal nuduh'],
      ['wkwkwk ada-ada aja', 'wkwkwk'],
      ['jangan sok tau deh', 'sok tau'],
      ['Itu risiko Kakak sendiri', 'risiko Kakak'],
    ],
    en: [
      ["You clearly didn't read the post", "You clearly didn't read"],
      ['you did not read the terms', 'you did not read'],
      ['As we already said, the sale ended', 'As we already said'],
      ['This is user error', 'user error'],
      ['read the FAQ first', 'read the FAQ first'],
      ['lol nice try', 'lol'],
      ['You should have checked the size chart', 'You should have'],
    ],
    clean: [
      'Mohon maaf atas kesalahan kami, Kak.',
      'Maaf kak, salah input dari sistem kami.',
      'Silakan baca panduan lengkapnya di tautan berikut.',
      'Sorry, we got this wrong.',
      'Please read our update for the details.',
    ],
  },
  defensive: {
    id: [
      ['Itu bukan salah kami', 'bukan salah kami'],
      ['Itu hanya oknum kurir', 'oknum'],
      ['gak usah lebay kak', 'gak usah lebay'],
      ['Tenang aja, aman kok', 'Tenang aja'],
      ['Kami sudah sesuai SOP', 'sudah sesuai SOP'],
      ['Hal ini di luar tanggung jawab kami', 'di luar tanggung jawab kami'],
      ['hanya sebagian kecil pelanggan', 'hanya sebagian kecil'],
      ['Bukan cuma Kakak yang antre', 'Bukan cuma Kakak'],
      ['Mohon dimaklumi, sedang ramai', 'Mohon dimaklumi'],
    ],
    en: [
      ["It's not our fault", 'not our fault'],
      ['Please calm down', 'calm down'],
      ["We're not responsible for couriers", "We're not responsible"],
      ['This was an isolated incident', 'isolated incident'],
      ["Don't panic", "Don't panic"],
      ['We followed the procedure', 'We followed the procedure'],
    ],
    clean: ['Kami sedang memeriksa apa yang terjadi.', 'We are looking into what happened.', 'Mohon maaf, ini kesalahan dari pihak kami.'],
  },
  promise: {
    id: [
      ['Dijamin tidak akan terulang', 'tidak akan terulang'],
      ['Kami jamin aman', 'Kami jamin'],
      ['100% aman', '100%'],
      ['pasti beres hari ini', 'pasti beres'],
      ['tdk akan pernah terjadi lagi', 'tdk akan pernah terjadi lagi'],
    ],
    en: [
      ['We guarantee a fix by noon', 'guarantee'],
      ['This will never happen again', 'will never happen again'],
      ['Rest assured', 'Rest assured'],
      ['100 percent safe', '100 percent'],
    ],
    clean: ['Kami memperbaiki sistem agar kejadian serupa tidak terulang.', 'We are fixing the system so that this does not happen again.'],
  },
  admission: {
    id: [
      ['Kami lalai dalam pengecekan', 'Kami lalai'],
      ['Ini kesalahan kami sepenuhnya', 'kesalahan kami sepenuhnya'],
      ['Kami akan mengganti semua kerugian', 'Kami akan mengganti semua kerugian'],
      ['Kami bertanggung jawab penuh', 'Kami bertanggung jawab penuh'],
      ['Terjadi kebocoran data pelanggan', 'kebocoran data'],
    ],
    en: [
      ['We were negligent', 'We were negligent'],
      ['We admit liability', 'We admit liability'],
      ['This is entirely our fault', 'entirely our fault'],
      ['We accept full legal responsibility', 'We accept full legal responsibility'],
    ],
    clean: ['Mohon maaf atas kesalahan kami.', 'We are sorry we got this wrong.'],
  },
  legal_threat: {
    id: [
      ['Kami akan laporkan akun ini ke polisi', 'Kami akan laporkan'],
      ['Kami akan menempuh jalur hukum', 'jalur hukum'],
      ['Bisa kena UU ITE lho', 'UU ITE'],
      ['Ini pencemaran nama baik', 'pencemaran nama baik'],
    ],
    en: [
      ['We will take legal action against defamatory posts', 'legal action'],
      ['This is defamation', 'defamation'],
      ['We will sue you', 'We will sue you'],
    ],
    clean: ['Kami sedang memeriksa laporan Kakak.', 'We are reviewing your report.'],
  },
  empathy: {
    id: [
      ['Mohon maaf ya Kak', 'Mohon maaf'],
      ['Kami memahami kekecewaan Kakak', 'Kami memahami'],
      ['Makasih sudah mengabari', 'Makasih'],
    ],
    en: [
      ["We're sorry", 'sorry'],
      ['We apologise for the delay', 'apologise'],
      ['Thanks for telling us', 'Thanks'],
    ],
    clean: ['Pesanan sudah dikirim.', 'Your order has shipped.'],
  },
  next_step: {
    id: [
      ['Silakan hubungi CS kami', 'hubungi'],
      ['DM kami ya', 'DM'],
      ['Kirim nomor pesanan ke WA 0812-3456-7890', 'Kirim nomor'],
      ['Kabar berikutnya pukul 15.00', 'Kabar berikutnya'],
      ['Kami akan segera mengabari', 'Kami akan segera mengabari'],
    ],
    en: [
      ['Please contact us', 'contact'],
      ["We'll share an update tonight", "We'll share an update"],
      ['Next update at 3 pm', 'Next update'],
      ['Details at https://status.example.com', 'https://status.example.com'],
      ['Write to help@example.com', 'help@example.com'],
    ],
    clean: ['Pesanan sudah dikirim.', 'Your order has shipped.'],
  },
};

describe('findPhraseSpans', () => {
  for (const [category, cases] of Object.entries(CASES) as [PhraseCategory, (typeof CASES)[PhraseCategory]][]) {
    describe(category, () => {
      it.each(cases.id)('finds Indonesian %j', (text, span) => {
        expect(spansOf(category, text)).toContain(span);
      });
      it.each(cases.en)('finds English %j', (text, span) => {
        expect(spansOf(category, text)).toContain(span);
      });
      it.each(cases.clean)('leaves %j alone', (text) => {
        expect(spansOf(category, text)).toEqual([]);
      });
    });
  }

  it('lets a negation just before a phrase cancel blame, promises and admissions', () => {
    expect(spansOf('confrontation', 'Bukan Anda yang salah, Kak, ini kesalahan sistem kami.')).toEqual([]);
    expect(spansOf('confrontation', "It's not your fault at all.")).toEqual([]);
    expect(spansOf('promise', 'Belum ada jaminan kapan selesai, tapi kami berusaha.')).toEqual([]);
    expect(spansOf('promise', 'Ada jaminan uang kembali.')).toEqual(['jaminan']);
    expect(spansOf('promise', "We can't guarantee a date yet.")).toEqual([]);
    expect(spansOf('admission', 'Hasil audit: bukan kelalaian kami.')).toEqual([]);
    expect(spansOf('admission', 'Ini kelalaian kami.')).toEqual(['kelalaian kami']);
    expect(spansOf('confrontation', 'Tidak. Anda yang salah.')).toEqual(['Anda yang salah']);
  });

  it('reads a hashtag as its words', () => {
    expect(spansOf('empathy', 'Pesanan dikirim ulang hari ini #MohonMaaf')).toEqual(['#MohonMaaf']);
    expect(spansOf('confrontation', 'Lain kali cek dulu #SalahSendiri')).toEqual(['#SalahSendiri']);
  });

  it('finds a phone number written the Indonesian way as a contact', () => {
    expect(spansOf('next_step', 'Telp 0812 3456 7890')).toContain('0812 3456 7890');
    expect(spansOf('next_step', 'atau +6281234567890')).toContain('+6281234567890');
  });
});
