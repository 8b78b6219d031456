import { type ToneContext, checkTone } from '../core/messaging';
import type { Benchmark, BenchOptions } from './bench.types';
import { formatInteger, formatTable, median, readIntOption, reportProgress } from './bench-report';

/**
 * Drafts of the lengths people write: replies of one to three sentences and statements of a few
 * paragraphs, in Indonesian and English, calm ones and ones the check flags.
 */
const REPLIES = [
  'Mohon maaf atas ketidaknyamanannya, Kak. Kami sedang memeriksa pesanan Kakak; silakan kirim nomor pesanan lewat DM agar tim kami bisa membantu.',
  'Halo Kak {name}, terima kasih sudah mengabari. Pengiriman ke wilayah Kakak tertunda karena banjir; kabar berikutnya pukul 15.00 WIB.',
  'Anda yang salah baca! Di deskripsi sudah jelas tertulis ukurannya, makanya baca dulu sebelum beli!!!',
  'Itu bukan salah kami kak, hanya oknum kurir. Tenang aja, dijamin tidak akan terulang 100%.',
  'We are sorry for the trouble with your order. Please send us a DM with your order number so our team can help.',
  'As we already said, you clearly did not read the terms. This is not our fault, please calm down.',
  'Thanks for flagging this. We understand how frustrating a failed payment is; our team is on it and we will update you by 5 pm.',
  'Maaf kak, salah input dari sistem kami. Dana Kakak akan kembali dalam 1x24 jam, info lanjut di WA 0812-3456-7890 ya 🙏',
];

const STATEMENTS = [
  `Kami memahami kekhawatiran pelanggan atas gangguan layanan pembayaran sejak pukul 09.00 WIB pagi ini. Tim teknis kami sedang menangani penyebabnya bersama mitra bank, dan transaksi yang gagal tidak akan memotong saldo Anda.

Apa yang kami ketahui: sebagian transaksi kartu debit gagal diproses. Apa yang kami lakukan: mengalihkan pembayaran ke jalur cadangan dan memeriksa setiap transaksi yang tertunda.

Kabar berikutnya pukul 13.00 WIB di halaman ini. Pertanyaan dapat dikirim ke cs@kopinusantara.id atau DM @kopinusantara.`,
  `We understand the concern about this morning's payment outage, which began at 9:00 and affects some debit card payments. Our engineers are working with our bank partner on the cause; failed payments have not been charged.

What we know: some card payments fail at checkout. What we are doing: routing payments through a backup provider and checking every pending transaction.

The next update comes at 1 pm on this page. Questions: help@kopinusantara.example or a DM to @kopinusantara.`,
  `KAMI TEGASKAN BAHWA BERITA ITU HOAKS!!! Kami tidak bertanggung jawab atas informasi yang beredar, itu bukan salah kami. Yang menyebarkan hanya oknum yang ingin menjatuhkan {brand}. Kami jamin produk kami 100% aman dan tidak akan pernah ada masalah lagi.`,
];

const REPLY_CONTEXT: ToneContext = {
  situation: { kind: 'reply', answering: 'complaint' },
  channel: 'x',
  answering: { language: 'id' },
};
const STATEMENT_CONTEXT: ToneContext = { situation: { kind: 'statement', duringIncident: true }, channel: 'update_page' };
const DETECTING_CONTEXT: ToneContext = {
  ...REPLY_CONTEXT,
  answering: { text: 'Min pesanan saya udah seminggu belum nyampe, gimana sih, kecewa banget' },
};

/** The check is run on every keystroke in a browser that has been open a while: warm passes are the figure. */
const WARM_UP_MS = 1_000;
/** Checks per timed pass: tens of milliseconds, well above the timer's resolution. */
const CHECKS_PER_PASS = 4_000;

function measure(drafts: readonly string[], context: ToneContext, runs: number): number {
  let sink = 0;
  const repeats = Math.max(1, Math.round(CHECKS_PER_PASS / drafts.length));
  const pass = (): number => {
    const started = performance.now();
    for (let r = 0; r < repeats; r++) for (const draft of drafts) sink += checkTone(draft, context).length;
    return (repeats * drafts.length) / ((performance.now() - started) / 1000);
  };
  const warmUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUntil) pass();
  const rates = Array.from({ length: runs }, pass);
  if (sink < 0) throw new Error('unreachable');
  return median(rates);
}

/** Every prefix of a statement, as if typed: what the editor asks for while someone writes. */
function listKeystrokes(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
}

function meanLength(texts: readonly string[]): number {
  return Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length);
}

function runToneCheckBenchmark({ json, args }: BenchOptions): Promise<void> {
  const runs = readIntOption(args, 'runs', 5, { min: 1, max: 50 });
  const typed = listKeystrokes(STATEMENTS[0]!);
  reportProgress(`tone-check: ${REPLIES.length} replies, ${STATEMENTS.length} statements, ${typed.length} keystrokes, ${runs} runs`);
  const cases = [
    { name: 'reply (X, complaint)', drafts: REPLIES, context: REPLY_CONTEXT },
    { name: 'reply, mention language detected', drafts: REPLIES, context: DETECTING_CONTEXT },
    { name: 'statement (update page, incident)', drafts: STATEMENTS, context: STATEMENT_CONTEXT },
    { name: 'typing a statement, every keystroke', drafts: typed, context: STATEMENT_CONTEXT },
  ];
  const results = cases.map((c) => ({ ...c, meanChars: meanLength(c.drafts), perSecond: measure(c.drafts, c.context, runs) }));

  if (!json) {
    const rows = results.map((r) => [r.name, formatInteger(r.meanChars), formatInteger(r.perSecond), (1e6 / r.perSecond).toFixed(1)]);
    console.log(formatTable(['<drafts', 'chars', 'checks/s', 'µs/check'], rows));
    return Promise.resolve();
  }
  console.log(
    JSON.stringify({
      benchmark: 'tone-check',
      runs,
      warmUpMs: WARM_UP_MS,
      checksPerSecond: Object.fromEntries(results.map((r) => [r.name, Math.round(r.perSecond)])),
      meanChars: Object.fromEntries(results.map((r) => [r.name, r.meanChars])),
      node: process.version,
      date: new Date().toISOString(),
    }),
  );
  return Promise.resolve();
}

export const toneCheckBenchmark: Benchmark = {
  description: 'checks per second of the tone check on replies, statements and every keystroke of a statement',
  run: runToneCheckBenchmark,
};
