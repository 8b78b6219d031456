import { describe, expect, it } from 'vitest';
import { detectQuestion } from './question';

describe('detectQuestion', () => {
  it.each([
    'Kapan paket saya sampai',
    'paketnya kapan datang?',
    'Gimana cara refund pesanan ini',
    'Bisakah saya ganti alamat pengiriman',
    'ini bisa dibatalkan gak',
    'Apakah promo masih berlaku',
    'How do I reset my password',
    'Is the app down for everyone. I cannot log in',
    'Saya sudah bayar. Kenapa statusnya belum berubah',
    'refund udah diproses belum',
    'Why is my order late',
  ])('finds a question in %j', (text) => {
    expect(detectQuestion(text)).toBe(true);
  });

  it.each([
    'Pelayanan kalian buruk sekali',
    'Makasih, paketnya sudah sampai',
    'Lihat https://contoh.id/faq?id=3 untuk info',
    'The app is down again',
    'Langkah pertama sudah saya coba',
    'apa',
    'Rumah saya jauh dari toko',
    '#kenapa @apakah mantap',
  ])('finds no question in %j', (text) => {
    expect(detectQuestion(text)).toBe(false);
  });
});
