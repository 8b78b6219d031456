import type { CrisisCategory } from '../../../core/analysis';
import type { Alert, AlertSeverity, SignalKind } from '../../../core/api';

export type TextLanguage = 'id' | 'en';

const SIGNAL_WORDS: Record<SignalKind, Record<TextLanguage, string>> = {
  volume: { id: 'Lonjakan penyebutan', en: 'Surge in mentions' },
  negative_volume: { id: 'Lonjakan penyebutan negatif', en: 'Surge in negative mentions' },
  negative_share: { id: 'Porsi negatif naik tajam', en: 'Sharp rise in the negative share' },
  reach_negativity: { id: 'Jangkauan negatif melonjak', en: 'Surge in negative reach' },
  unique_authors: { id: 'Lonjakan akun yang membicarakan', en: 'Surge in accounts talking' },
  category_volume: { id: 'Lonjakan kategori krisis', en: 'Surge in a crisis category' },
  net_sentiment: { id: 'Sentimen bersih turun tajam', en: 'Sharp drop in net sentiment' },
  emerging_term: { id: 'Istilah baru mencuat', en: 'Emerging term' },
  coordinated: { id: 'Dugaan kampanye terkoordinasi', en: 'Possible coordinated campaign' },
  virality: { id: 'Unggahan negatif berpotensi viral', en: 'Negative post on course to go viral' },
  engagement_velocity: { id: 'Interaksi unggahan negatif melaju cepat', en: 'Negative post gaining engagement fast' },
};

const SUSPICION_WORDS = {
  'new-account': { id: 'akun baru', en: 'new account' },
  'low-history': { id: 'riwayat sedikit', en: 'little history' },
} as const;

/** Accounts named in a message at most; the rest are counted. */
const NAMED_ACCOUNTS = 10;

const CATEGORY_WORDS: Record<CrisisCategory, Record<TextLanguage, string>> = {
  product_quality: { id: 'kualitas atau keamanan produk', en: 'product quality or safety' },
  service_delivery: { id: 'layanan dan pengiriman', en: 'service and delivery' },
  price_billing: { id: 'harga dan tagihan', en: 'price and billing' },
  data_privacy: { id: 'kebocoran data dan privasi', en: 'data and privacy breach' },
  account_security: { id: 'akun diretas atau serangan siber', en: 'hacked account or cyber attack' },
  offensive_content: { id: 'konten ofensif atau tidak sensitif', en: 'offensive or insensitive content' },
  scandal_legal: { id: 'skandal, etika, atau hukum', en: 'scandal, ethics or legal' },
  hoax: { id: 'hoaks atau misinformasi', en: 'hoax or misinformation' },
  outage: { id: 'gangguan layanan', en: 'outage' },
  other: { id: 'lainnya', en: 'other' },
};

const SEVERITY_WORDS: Record<AlertSeverity, Record<TextLanguage, string>> = {
  info: { id: 'Info', en: 'Info' },
  warning: { id: 'Peringatan', en: 'Warning' },
  critical: { id: 'KRITIS', en: 'CRITICAL' },
};

const SCOPE_WORDS = {
  local: { id: 'lokal', en: 'local' },
  national: { id: 'nasional', en: 'national' },
  international: { id: 'internasional', en: 'international' },
} as const;

function formatNumber(value: number, language: TextLanguage): string {
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

function formatTime(at: number, language: TextLanguage): string {
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'Asia/Jakarta',
    hour: '2-digit',
    minute: '2-digit',
    day: 'numeric',
    month: 'short',
  }).format(at);
}

/** The alert's headline, e.g. "KRITIS · Rasamie: Lonjakan kategori krisis (kebocoran data dan privasi)". */
export function alertTitle(alert: Alert, language: TextLanguage): string {
  const { signal, category, term } = alert.reason;
  const detail = category ? ` (${CATEGORY_WORDS[category][language]})` : term ? `: "${term}"` : '';
  const what = SIGNAL_WORDS[signal][language] + detail;
  return `${SEVERITY_WORDS[alert.severity][language]} · ${alert.brandName}: ${what}`;
}

/** Why it fired and how big it is, in plain words for a chat message or an email. */
export function alertSummary(alert: Alert, language: TextLanguage): string {
  const r = alert.reason;
  const i = alert.impact;
  const n = (value: number) => formatNumber(value, language);
  const window = `${formatTime(r.windowStart, language)}–${formatTime(r.windowEnd, language).split(' ').pop()}`;
  const lines = [whatHappened(r, window, language)];
  lines.push(
    language === 'id'
      ? `Jangkauan ${n(i.reach)}, cakupan ${SCOPE_WORDS[i.scope].id}` +
          (i.negativeShare === null ? '.' : `, ${Math.round(i.negativeShare * 100)}% negatif.`)
      : `Reach ${n(i.reach)}, ${SCOPE_WORDS[i.scope].en} scope` +
          (i.negativeShare === null ? '.' : `, ${Math.round(i.negativeShare * 100)}% negative.`),
  );
  if (i.categories.length > 0) {
    const top = i.categories
      .slice(0, 3)
      .map((c) => `${CATEGORY_WORDS[c.category][language]} (${n(c.mentions)})`)
      .join(', ');
    lines.push(language === 'id' ? `Kategori: ${top}.` : `Categories: ${top}.`);
  }
  return lines.join('\n');
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The first line: what the detector saw, in the words of its signal. */
function whatHappened(r: Alert['reason'], window: string, language: TextLanguage): string {
  const n = (value: number) => formatNumber(value, language);
  const id = language === 'id';
  switch (r.signal) {
    case 'negative_share':
    case 'net_sentiment': {
      const of =
        r.trials === undefined ? '' : id ? ` (${n(r.successes ?? 0)} dari ${n(r.trials)})` : ` (${n(r.successes ?? 0)} of ${n(r.trials)})`;
      const hour = id ? `${n(r.lastHour)} sebutan dalam satu jam terakhir.` : `${n(r.lastHour)} mentions in the last hour.`;
      if (r.signal === 'net_sentiment') {
        const net = (share: number) => formatNumber(Math.round((1 - 2 * share) * 100), language);
        return id
          ? `Sentimen bersih ${net(r.observed)} dalam 5 menit (${window} WIB), biasanya sekitar ${net(r.expected)}; ${percent(r.observed)} sebutan berpolaritas negatif${of}. ${hour}`
          : `Net sentiment ${net(r.observed)} in 5 minutes (${window} WIB), usually about ${net(r.expected)}; ${percent(r.observed)} of polar mentions negative${of}. ${hour}`;
      }
      return id
        ? `${percent(r.observed)} sebutan negatif dalam 5 menit (${window} WIB)${of}, biasanya sekitar ${percent(r.expected)}. ${hour}`
        : `${percent(r.observed)} of mentions negative in 5 minutes (${window} WIB)${of}, usually about ${percent(r.expected)}. ${hour}`;
    }
    case 'emerging_term': {
      const usual = r.isNewTerm
        ? id
          ? 'belum pernah muncul sebelumnya'
          : 'never seen before'
        : id
          ? `biasanya sekitar ${n(r.expected)}`
          : `usually about ${n(r.expected)}`;
      return id
        ? `"${r.term}" muncul di ${n(r.observed)} sebutan dalam 5 menit (${window} WIB), ${usual}; ${n(r.lastHour)} dalam satu jam terakhir.`
        : `"${r.term}" appeared in ${n(r.observed)} mentions in 5 minutes (${window} WIB), ${usual}; ${n(r.lastHour)} in the last hour.`;
    }
    case 'coordinated': {
      const accounts = r.accounts ?? [];
      const named = accounts
        .slice(0, NAMED_ACCOUNTS)
        .map((a) => `@${a.handle}` + (a.reasons.length ? ` (${a.reasons.map((x) => SUSPICION_WORDS[x][language]).join(', ')})` : ''))
        .join(', ');
      const more =
        r.observed > Math.min(accounts.length, NAMED_ACCOUNTS)
          ? id
            ? ` dan ${n(r.observed - Math.min(accounts.length, NAMED_ACCOUNTS))} lainnya`
            : ` and ${n(r.observed - Math.min(accounts.length, NAMED_ACCOUNTS))} more`
          : '';
      const sample = r.sampleText ? `\n"${r.sampleText}"` : '';
      return id
        ? `${n(r.observed)} akun memposting teks yang hampir sama (${window} WIB); ${n(r.suspiciousAccounts ?? 0)} di antaranya akun baru atau dengan riwayat sedikit: ${named}${more}.${sample}`
        : `${n(r.observed)} accounts posted near-identical text (${window} WIB); ${n(r.suspiciousAccounts ?? 0)} of them new or with little history: ${named}${more}.${sample}`;
    }
    case 'virality':
      return viralityWords(r, language);
    case 'engagement_velocity':
      return velocityWords(r, language);
    default:
      return id
        ? `${n(r.observed)} dalam 5 menit (${window} WIB), biasanya sekitar ${n(r.expected)}; ${n(r.lastHour)} dalam satu jam terakhir.`
        : `${n(r.observed)} in 5 minutes (${window} WIB), usually about ${n(r.expected)}; ${n(r.lastHour)} in the last hour.`;
  }
}

/** A post going viral: the replies so far, the forecast final count with its interval, and the chance to cross. */
function viralityWords(r: Alert['reason'], language: TextLanguage): string {
  const n = (value: number) => formatNumber(value, language);
  const id = language === 'id';
  const f = r.forecast;
  const post = r.post ? (r.post.url ?? `${r.post.platform} ${r.post.externalId}`) : '';
  const since = formatTime(r.windowStart, language);
  const chance = percent(f?.probability ?? r.score);
  const branching = formatNumber(Math.round((f?.branchingFactor ?? 0) * 100) / 100, language);
  const first = id
    ? `Unggahan negatif ${post} (${since} WIB) sudah mendapat ${n(r.observed)} balasan dan bagikan ulang.`
    : `The negative post ${post} (${since} WIB) has drawn ${n(r.observed)} replies and reshares.`;
  const outlook =
    !f || f.expectedFinal === null || f.upper === null
      ? id
        ? `Pertumbuhannya belum terlihat ujungnya (tiap balasan membawa sekitar ${branching} lagi); diperkirakan setidaknya ${n(f?.lower ?? r.observed)}.`
        : `It is growing without a limit in sight (each reply brings about ${branching} more); at least ${n(f?.lower ?? r.observed)} expected.`
      : id
        ? `Perkiraan akhir ${n(Math.round(f.expectedFinal))} (interval 90% ${n(f.lower)}–${n(f.upper)}).`
        : `Expected in the end: ${n(Math.round(f.expectedFinal))} (90% interval ${n(f.lower)}–${n(f.upper)}).`;
  const cross = id ? `Peluang mencapai ${n(r.minPerHour)}: ${chance}.` : `Chance to reach ${n(r.minPerHour)}: ${chance}.`;
  return `${first} ${outlook} ${cross}`;
}

/** A span of time in minutes, or in hours from two hours on. */
function spanWords(ms: number, language: TextLanguage): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return language === 'id' ? `${minutes} menit` : `${minutes} minutes`;
  const hours = formatNumber(Math.round(minutes / 6) / 10, language);
  return language === 'id' ? `${hours} jam` : `${hours} hours`;
}

/** A post gaining engagement fast: how fast, against the brand's usual posts and the rule's floor. */
function velocityWords(r: Alert['reason'], language: TextLanguage): string {
  const n = (value: number) => formatNumber(value, language);
  const id = language === 'id';
  const v = r.velocity;
  const post = r.post ? (r.post.url ?? `${r.post.platform} ${r.post.externalId}`) : '';
  const since = formatTime(r.post?.createdAt ?? r.windowStart, language);
  const perHour = v?.perHour ?? r.observed;
  const span = spanWords((v?.to ?? r.windowEnd) - (v?.from ?? r.windowStart), language);
  const first = id
    ? `Unggahan negatif ${post} (${since} WIB) mendapat ${n(perHour)} suka, komentar, dan bagikan per jam (${n(v?.gained ?? 0)} dalam ${span}); totalnya ${n(v?.engagement ?? 0)}.`
    : `The negative post ${post} (${since} WIB) is gaining ${n(perHour)} likes, comments and shares an hour (${n(v?.gained ?? 0)} in ${span}); ${n(v?.engagement ?? 0)} in all.`;
  const usual =
    v && v.usualPerHour !== null && v.multiple !== null
      ? id
        ? `Itu ${n(v.multiple)}× unggahan biasa tentang merek ini (sekitar ${n(v.usualPerHour)} per jam), lebih cepat dari ${percent(v.shareBelow ?? 0)} unggahannya.`
        : `That is ${n(v.multiple)}× the brand's usual post (about ${n(v.usualPerHour)} an hour), faster than ${percent(v.shareBelow ?? 0)} of its posts.`
      : id
        ? 'Kecepatan biasa unggahan merek ini masih dipelajari.'
        : "The brand's usual post speed is still being learnt.";
  const floor =
    perHour >= r.minPerHour
      ? id
        ? `Melewati batas aturan ${n(r.minPerHour)} per jam.`
        : `Over the rule's floor of ${n(r.minPerHour)} an hour.`
      : id
        ? `Batas aturan ${n(r.minPerHour)} per jam.`
        : `The rule's floor is ${n(r.minPerHour)} an hour.`;
  return `${first} ${usual} ${floor}`;
}
