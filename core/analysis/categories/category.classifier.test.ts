import { describe, expect, it } from 'vitest';
import { normaliseText as normalise } from '../text';
import { classifyCategories } from './category.classifier';
import { parseCategoryRules } from './category-rules';
import { DEFAULT_CATEGORY_RULES } from './category-rules.default';

const classify = (text: string) => classifyCategories(normalise(text), DEFAULT_CATEGORY_RULES);

describe('classifyCategories with the default rules', () => {
  it.each([
    ['anak saya keracunan setelah makan ini', 'product_quality'],
    ['rotinya berjamur dan ada belatung', 'product_quality'],
    ['susunya sudah kadaluarsa', 'product_quality'],
    ['paket saya belum sampai, kurirnya gak jelas', 'service_delivery'],
    ['cs tidak respon dari kemarin', 'service_delivery'],
    ['refund belum diproses', 'service_delivery'],
    ['saldo kepotong padahal tidak ada transaksi', 'price_billing'],
    ['tagihan bulan ini membengkak, overcharge', 'price_billing'],
    ['ada kebocoran data pelanggan, data kami dijual', 'data_privacy'],
    ['akun saya dibajak, ada yang minta kode otp', 'account_security'],
    ['iklannya rasis dan menghina suku', 'offensive_content'],
    ['direksinya terlibat korupsi, kami akan lapor polisi', 'scandal_legal'],
    ['itu hoaks, berita palsu', 'hoax'],
    ['aplikasinya error, gak bisa login dari pagi', 'outage'],
    ['the app keeps crashing after the update', 'outage'],
    ['my package never arrived and support ignored me', 'service_delivery'],
  ])('%s → %s', (text, category) => {
    expect(classify(text)).toContain(category);
  });

  it('returns several categories when several apply, in rule order', () => {
    expect(classify('aplikasi error terus, saldo kepotong dan cs tidak respon')).toEqual(['service_delivery', 'price_billing', 'outage']);
  });

  it("returns ['other'] when nothing applies", () => {
    expect(classify('selamat pagi semua, semoga harimu menyenangkan')).toEqual(['other']);
    expect(classify('')).toEqual(['other']);
  });

  it('does not take a data leak for a leaking product (exclude)', () => {
    expect(classify('kebocoran data nasabah')).not.toContain('product_quality');
    expect(classify('botolnya bocor semua')).toContain('product_quality');
  });

  it('matches phrases only as consecutive words', () => {
    expect(classify('belum makan, tapi sudah sampai rumah')).not.toContain('service_delivery');
  });

  it('uses the rules it is given, compiled per rules object', () => {
    const rules = parseCategoryRules({ version: 1, categories: [{ category: 'hoax', terms: ['ngibul'], phrases: ['kabar burung'] }] });
    expect(classifyCategories(normalise('jangan ngibul, itu cuma kabar burung'), rules)).toEqual(['hoax']);
    expect(classifyCategories(normalise('paket belum sampai'), rules)).toEqual(['other']);
  });
});

describe('DEFAULT_CATEGORY_RULES', () => {
  it('passes its own schema and covers every category but other', () => {
    const parsed = parseCategoryRules(JSON.stringify(DEFAULT_CATEGORY_RULES));
    expect(parsed.categories.map((c) => c.category).sort()).toEqual(
      [
        'account_security',
        'data_privacy',
        'hoax',
        'offensive_content',
        'outage',
        'price_billing',
        'product_quality',
        'scandal_legal',
        'service_delivery',
      ].sort(),
    );
    for (const rule of parsed.categories) expect(rule.terms.length + (rule.phrases?.length ?? 0)).toBeGreaterThan(10);
  });
});
