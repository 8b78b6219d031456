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
        text: CALM[(hour + i) % CALM.length]!.replace('{brand}', brand),
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
    text: ANGRY[i % ANGRY.length]!.replace('{brand}', brand),
    createdAt: start + Math.floor((i / count) * minutes * 60_000),
    authorHandle: `pelanggan${i}`,
    language: 'id',
    reach: 2000 + i * 10,
  }));
}
