/**
 * Mentions of one brand over days with a daily rhythm (busy evenings, quiet nights), then, when
 * asked, a burst of angry ones: the shape the alert tests and the live demo need.
 */
const HOUR = 3_600_000;

const CALM = [
  'Baru coba {brand} varian baru, lumayan enak',
  'Sarapan pakai {brand} dulu sebelum kerja',
  '{brand} goreng tetap favorit keluarga',
  'Stok {brand} di warung dekat rumah aman',
  'Ada promo {brand} di minimarket hari ini',
];
const ANGRY = [
  '{brand} basi, anak saya keracunan setelah makan ini!! kecewa berat',
  'Jangan beli {brand} batch baru, rasanya aneh dan bikin mual 😡',
  'Parah {brand}, produknya berjamur dan CS tidak membalas',
  'Keracunan gara-gara {brand}, tolong tarik produknya sekarang',
];

/**
 * Endings that make each mention's text a little different, as people's posts are: the same template
 * posted word for word by many accounts within minutes is what a coordinated campaign looks like.
 */
const WHEN = ['siang ini', 'malam ini', 'tadi', 'kemarin', 'hari ini'];
const WHERE = [
  'di rumah',
  'di kantor',
  'di kos',
  'bareng teman',
  'sambil nonton',
  'sambil kerja',
  'di jalan',
  'habis olahraga',
  'di sekolah',
];

function ending(i: number, j: number): string {
  return `${WHEN[i % WHEN.length]} ${WHERE[j % WHERE.length]}`;
}

/** Mentions an hour at local hour `h` (UTC+7): a night low and an evening peak. */
function usualPerHour(h: number, scale: number): number {
  return Math.round(scale * (0.3 + 0.7 * Math.max(0, Math.sin(((h - 6) / 24) * 2 * Math.PI))));
}

export interface SignalMentionsOptions {
  brand: string;
  /** Epoch ms of the first hour. */
  start: number;
  hours: number;
  /** Mentions an hour at the evening peak. */
  peakPerHour: number;
  prefix?: string;
}

export function calmMentions({ brand, start, hours, peakPerHour, prefix = 'calm' }: SignalMentionsOptions): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let hour = 0; hour < hours; hour++) {
    const at = start + hour * HOUR;
    const local = (new Date(at).getUTCHours() + 7) % 24;
    const n = usualPerHour(local, peakPerHour);
    for (let i = 0; i < n; i++) {
      rows.push({
        platform: i % 3 === 0 ? 'instagram' : 'twitter',
        externalId: `${prefix}-${hour}-${i}`,
        text: `${CALM[(hour + i) % CALM.length]!.replace('{brand}', brand)} ${ending(i, hour + i)}`,
        createdAt: at + Math.floor(((i + 0.5) / n) * HOUR),
        authorHandle: `warga${(hour * 7 + i) % 500}`,
        language: 'id',
        reach: 100 + ((hour * 13 + i * 7) % 400),
      });
    }
  }
  return rows;
}

/** `count` angry mentions spread over `minutes` from `start`. */
export function angryBurst(brand: string, start: number, count: number, minutes: number, prefix = 'burst'): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    platform: 'twitter',
    externalId: `${prefix}-${i}`,
    text: `${ANGRY[i % ANGRY.length]!.replace('{brand}', brand)} ${ending(i, i)}`,
    createdAt: start + Math.floor((i / count) * minutes * 60_000),
    authorHandle: `pelanggan${i}`,
    language: 'id',
    reach: 2000 + i * 10,
  }));
}

/**
 * `count` mentions over `minutes` from `start` at whatever rate the caller picks, of which every
 * `1 / negativeShare`-th is angry and the rest calm: the negative share moves while the volume need not.
 */
export function shareShift(
  brand: string,
  start: number,
  count: number,
  minutes: number,
  negativeShare: number,
  prefix = 'shift',
): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const angry = Math.floor((i + 1) * negativeShare) > Math.floor(i * negativeShare);
    const template = angry ? ANGRY[i % ANGRY.length]! : CALM[i % CALM.length]!;
    return {
      platform: 'twitter',
      externalId: `${prefix}-${i}`,
      text: `${template.replace('{brand}', brand)} ${ending(i, i * 3)}`,
      createdAt: start + Math.floor((i / count) * minutes * 60_000),
      authorHandle: `${prefix}warga${i}`,
      language: 'id',
      reach: 300,
    };
  });
}

const TERM_LINES = [
  'Cek {term} dari {brand}, lumayan buat stok',
  'Baru tahu ada {term} dari {brand}',
  'Teman kantor pada ikut {term} {brand}',
  '{brand} lagi rame {term}, siapa yang sudah coba',
];

/** `count` mentions over `minutes` that all carry `term` (a hashtag or a phrase), each worded differently. */
export function termBurst(
  brand: string,
  term: string,
  start: number,
  count: number,
  minutes: number,
  prefix = 'term',
): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    platform: 'instagram',
    externalId: `${prefix}-${i}`,
    text: `${TERM_LINES[i % TERM_LINES.length]!.replace('{term}', term).replace('{brand}', brand)} ${ending(i, i + 2)}`,
    createdAt: start + Math.floor((i / count) * minutes * 60_000),
    authorHandle: `${prefix}fan${i}`,
    language: 'id',
    reach: 500,
  }));
}

const ACCUSATIONS = ['katanya', 'ternyata', 'awas', 'hati hati', 'viral'];
const CLAIMS = [
  'mengandung babi',
  'pakai bahan kedaluwarsa',
  'dibuat di gudang kotor',
  'pakai pewarna tekstil',
  'bikin sakit perut',
  'tidak halal',
];
const CALLS = ['sebarkan', 'jangan beli', 'boikot saja', 'kasih tahu keluarga', 'share ke grup', 'tolong viralkan', 'laporkan'];

/**
 * `count` posts from `count` accounts never seen before, over `minutes`: with `copied`, the same text
 * with only a handle and a number changed (one near-duplicate cluster, as a campaign posts it); without,
 * texts that each say something of their own.
 */
export function accountWave(
  brand: string,
  start: number,
  count: number,
  minutes: number,
  copied: boolean,
  prefix = 'wave',
): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    platform: 'twitter',
    externalId: `${prefix}-${i}`,
    text: copied
      ? `Jangan beli ${brand}, katanya mengandung babi! Sebarkan @${prefix}teman${i} ${i + 1}`
      : `${ACCUSATIONS[i % ACCUSATIONS.length]} ${brand} ${CLAIMS[i % CLAIMS.length]}, ${CALLS[i % CALLS.length]}`,
    createdAt: start + Math.floor((i / count) * minutes * 60_000),
    authorHandle: `${prefix}akun${i}`,
    language: 'id',
    reach: 50,
  }));
}
