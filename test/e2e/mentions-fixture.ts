import fs from 'node:fs';
import path from 'node:path';

/** One mention as a line of an import file, plus what the journey expects of it. */
export interface FixtureMention {
  platform: string;
  externalId: string;
  text: string;
  authorHandle?: string;
  authorName?: string;
  authorFollowers?: number;
  language: 'id' | 'en';
  likes: number;
  comments: number;
  shares: number;
  /** Minutes before "now" it was posted; the list shows newest first. */
  minutesAgo: number;
  /** Whether the watch query `indomie OR "mie goreng"` matches it. */
  indomie: boolean;
}

/** The watch query the journey and the screenshot give the brand "Indomie". */
export const INDOMIE_QUERY = 'indomie OR "mie goreng"';

/** Twenty mentions, Indonesian and English; nine are about Indomie, two say "kecewa". */
export const MENTIONS: readonly FixtureMention[] = [
  {
    platform: 'twitter',
    externalId: 'tw-1001',
    authorHandle: 'rinawulan',
    authorName: 'Rina Wulandari',
    authorFollowers: 1840,
    language: 'id',
    text: 'Indomienya keasinan, kecewa berat. Biasanya nggak begini, apa resepnya diganti?',
    likes: 412,
    comments: 88,
    shares: 131,
    minutesAgo: 6,
    indomie: true,
  },
  {
    platform: 'instagram',
    externalId: 'ig-2001',
    authorHandle: 'dapur.anak.kos',
    authorName: 'Dapur Anak Kos',
    language: 'id',
    text: 'Malam-malam hujan gini paling pas masak Indomie goreng pakai telur setengah matang 🍳',
    likes: 2300,
    comments: 145,
    shares: 60,
    minutesAgo: 19,
    indomie: true,
  },
  {
    platform: 'twitter',
    externalId: 'tw-1002',
    authorHandle: 'ojolmania',
    authorName: 'Arif Ojol',
    language: 'id',
    text: 'Kecewa sama pelayanan ojek online hari ini, driver batal tiga kali berturut-turut.',
    likes: 57,
    comments: 12,
    shares: 4,
    minutesAgo: 27,
    indomie: false,
  },
  {
    platform: 'tiktok',
    externalId: 'tt-3001',
    authorHandle: 'kulinerjkt',
    authorName: 'Kuliner Jakarta',
    language: 'id',
    text: 'Review mie goreng rendang edisi terbatas: pedasnya pas, bumbunya meresap sampai suapan terakhir.',
    likes: 15400,
    comments: 930,
    shares: 2100,
    minutesAgo: 41,
    indomie: true,
  },
  {
    platform: 'twitter',
    externalId: 'tw-1003',
    authorHandle: 'jktcommuter',
    language: 'en',
    text: 'Traffic in Jakarta this morning was unbelievable, two hours to Sudirman.',
    likes: 33,
    comments: 9,
    shares: 2,
    minutesAgo: 55,
    indomie: false,
  },
  {
    platform: 'twitter',
    externalId: 'tw-1004',
    authorHandle: 'budi_s',
    authorName: 'Budi Santoso',
    language: 'id',
    text: 'Ada yang tahu kenapa Indomie di minimarket dekat rumah kosong terus seminggu ini?',
    likes: 96,
    comments: 41,
    shares: 7,
    minutesAgo: 72,
    indomie: true,
  },
  {
    platform: 'instagram',
    externalId: 'ig-2002',
    authorHandle: 'kopinusantara',
    authorName: 'Kopi Nusantara',
    language: 'id',
    text: 'Promo kopi susu gula aren beli 1 gratis 1 sampai hari Minggu!',
    likes: 640,
    comments: 52,
    shares: 18,
    minutesAgo: 90,
    indomie: false,
  },
  {
    platform: 'twitter',
    externalId: 'tw-1005',
    authorHandle: 'foodie_sg',
    authorName: 'Mei Ling',
    language: 'en',
    text: 'Just tried Indomie Mi Goreng for the first time and now I finally get the hype.',
    likes: 210,
    comments: 19,
    shares: 11,
    minutesAgo: 104,
    indomie: true,
  },
  {
    platform: 'twitter',
    externalId: 'tw-1006',
    authorHandle: 'sarapanpagi',
    language: 'id',
    text: 'Nasi uduk depan kantor selalu ramai, antreannya panjang banget tiap pagi.',
    likes: 14,
    comments: 3,
    shares: 0,
    minutesAgo: 121,
    indomie: false,
  },
  {
    platform: 'facebook',
    externalId: 'fb-4001',
    authorName: 'Sari Hidayati',
    language: 'id',
    text: 'Anak-anak minta Indomie soto tiap akhir pekan, untung stok di rumah masih aman.',
    likes: 75,
    comments: 23,
    shares: 1,
    minutesAgo: 150,
    indomie: true,
  },
  {
    platform: 'tiktok',
    externalId: 'tt-3002',
    authorHandle: 'gadgetguy',
    language: 'en',
    text: 'Unboxing the new phone: battery life is impressive so far, camera is just okay.',
    likes: 8800,
    comments: 410,
    shares: 95,
    minutesAgo: 174,
    indomie: false,
  },
  {
    platform: 'instagram',
    externalId: 'ig-2003',
    authorHandle: 'travelwithmaya',
    authorName: 'Maya',
    language: 'en',
    text: 'Packed a whole box of Indomie for the Rinjani hike. Best decision of the trip.',
    likes: 1200,
    comments: 64,
    shares: 22,
    minutesAgo: 203,
    indomie: true,
  },
  {
    platform: 'facebook',
    externalId: 'fb-4002',
    authorName: 'Pak RT 05',
    language: 'id',
    text: 'Kerja bakti hari Minggu jam 7 pagi, mohon warga membawa peralatan masing-masing.',
    likes: 31,
    comments: 15,
    shares: 6,
    minutesAgo: 240,
    indomie: false,
  },
  {
    platform: 'youtube',
    externalId: 'yt-5001',
    authorHandle: 'dimasreview',
    authorName: 'Dimas Anggara',
    language: 'id',
    text: 'Bungkus Indomie yang baru kok lebih tipis ya? Isinya juga terasa berkurang dibanding tahun lalu.',
    likes: 3100,
    comments: 780,
    shares: 240,
    minutesAgo: 280,
    indomie: true,
  },
  {
    platform: 'twitter',
    externalId: 'tw-1007',
    authorHandle: 'banjirinfo',
    authorName: 'Info Banjir',
    language: 'id',
    text: 'Hujan deras sejak subuh, beberapa ruas jalan di Jakarta Timur tergenang.',
    likes: 520,
    comments: 70,
    shares: 330,
    minutesAgo: 320,
    indomie: false,
  },
  {
    platform: 'instagram',
    externalId: 'ig-2004',
    authorHandle: 'bali.eats',
    language: 'en',
    text: 'Sunset dinner in Canggu: grilled fish, sambal matah and a cold coconut.',
    likes: 980,
    comments: 40,
    shares: 12,
    minutesAgo: 365,
    indomie: false,
  },
  {
    platform: 'twitter',
    externalId: 'tw-1008',
    authorHandle: 'wartakonsumen',
    authorName: 'Warta Konsumen',
    language: 'id',
    text: 'Konsumen keluhkan harga Indomie naik di beberapa daerah, distributor belum memberi penjelasan.',
    likes: 1500,
    comments: 320,
    shares: 610,
    minutesAgo: 410,
    indomie: true,
  },
  {
    platform: 'twitter',
    externalId: 'tw-1009',
    authorHandle: 'mahasiswa_lapar',
    language: 'id',
    text: 'Akhir bulan, dompet tipis. Makan seadanya dulu sampai gajian.',
    likes: 260,
    comments: 30,
    shares: 45,
    minutesAgo: 460,
    indomie: false,
  },
  {
    platform: 'twitter',
    externalId: 'tw-1010',
    authorHandle: 'customer_voice',
    language: 'en',
    text: 'Delivery arrived two days late and the box was damaged. Really disappointed with the courier.',
    likes: 44,
    comments: 8,
    shares: 3,
    minutesAgo: 520,
    indomie: false,
  },
  {
    platform: 'twitter',
    externalId: 'tw-1011',
    authorHandle: 'pecintasambal',
    language: 'id',
    text: 'Sambal bawang bikinan ibu tetap juara, nggak ada yang bisa ngalahin.',
    likes: 73,
    comments: 6,
    shares: 2,
    minutesAgo: 600,
    indomie: false,
  },
];

/** The author as the mention list shows it (`Name (@handle)`, `@handle` or `Name`). */
export function authorLabel(mention: FixtureMention): string {
  if (mention.authorName && mention.authorHandle) return `${mention.authorName} (@${mention.authorHandle})`;
  if (mention.authorHandle) return `@${mention.authorHandle}`;
  return mention.authorName ?? '';
}

function toRow(mention: FixtureMention, now: number): Record<string, unknown> {
  const { minutesAgo, indomie: _indomie, ...fields } = mention;
  return {
    ...fields,
    createdAt: new Date(now - minutesAgo * 60_000).toISOString(),
    url: `https://example.com/${mention.platform}/${mention.externalId}`,
  };
}

/**
 * Writes the mentions as JSON Lines into `dir`, followed by `extraLines` (raw lines, e.g. a copy
 * of an earlier row or a broken one). Returns the file's path.
 */
export function writeMentionsFile(
  dir: string,
  mentions: readonly FixtureMention[],
  extraLines: readonly string[] = [],
  now = Date.now(),
): string {
  const file = path.join(dir, 'mentions.jsonl');
  const lines = [...mentions.map((mention) => JSON.stringify(toRow(mention, now))), ...extraLines];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
