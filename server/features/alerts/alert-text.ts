import type { CrisisCategory } from '../../../core/analysis';
import type { Alert, AlertSeverity, SignalKind } from '../../../core/api';

export type TextLanguage = 'id' | 'en';

const SIGNAL_WORDS: Record<SignalKind, Record<TextLanguage, string>> = {
  volume: { id: 'Lonjakan penyebutan', en: 'Surge in mentions' },
  negative_volume: { id: 'Lonjakan penyebutan negatif', en: 'Surge in negative mentions' },
  negative_share: { id: 'Porsi negatif naik tajam', en: 'Sharp rise in the negative share' },
  reach_negativity: { id: 'Jangkauan negatif melonjak', en: 'Surge in negative reach' },
  category_volume: { id: 'Lonjakan kategori krisis', en: 'Surge in a crisis category' },
};

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
  const { signal, category } = alert.reason;
  const what = SIGNAL_WORDS[signal][language] + (category ? ` (${CATEGORY_WORDS[category][language]})` : '');
  return `${SEVERITY_WORDS[alert.severity][language]} · ${alert.brandName}: ${what}`;
}

/** Why it fired and how big it is, in plain words for a chat message or an email. */
export function alertSummary(alert: Alert, language: TextLanguage): string {
  const r = alert.reason;
  const i = alert.impact;
  const n = (value: number) => formatNumber(value, language);
  const window = `${formatTime(r.windowStart, language)}–${formatTime(r.windowEnd, language).split(' ').pop()}`;
  const lines =
    language === 'id'
      ? [
          `${n(r.observed)} dalam 5 menit (${window} WIB), biasanya sekitar ${n(r.expected)}; ${n(r.lastHour)} dalam satu jam terakhir.`,
          `Jangkauan ${n(i.reach)}, cakupan ${SCOPE_WORDS[i.scope].id}` +
            (i.negativeShare === null ? '.' : `, ${Math.round(i.negativeShare * 100)}% negatif.`),
        ]
      : [
          `${n(r.observed)} in 5 minutes (${window} WIB), usually about ${n(r.expected)}; ${n(r.lastHour)} in the last hour.`,
          `Reach ${n(i.reach)}, ${SCOPE_WORDS[i.scope].en} scope` +
            (i.negativeShare === null ? '.' : `, ${Math.round(i.negativeShare * 100)}% negative.`),
        ];
  if (i.categories.length > 0) {
    const top = i.categories
      .slice(0, 3)
      .map((c) => `${CATEGORY_WORDS[c.category][language]} (${n(c.mentions)})`)
      .join(', ');
    lines.push(language === 'id' ? `Kategori: ${top}.` : `Categories: ${top}.`);
  }
  return lines.join('\n');
}
