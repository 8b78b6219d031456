import type { StarterLanguage } from './starter.types';

/** The starter social media policy; a workspace edits it before publishing its first version. */
export const STARTER_POLICY: Record<StarterLanguage, { title: string; body: string }> = {
  id: {
    title: 'Kebijakan media sosial',
    body: `# Kebijakan media sosial

Kebijakan ini berlaku untuk setiap orang yang menulis atas nama merek kami di media sosial, pesan langsung, kolom komentar dan grup percakapan.

## 1. Bahasa dan nada
- Tulis dengan bahasa Indonesia yang baik, sederhana dan ramah. Sapa orang dengan sopan ("Kak", "Bapak/Ibu") sesuai kebiasaan merek.
- Tenang dan empatik: akui perasaan orang sebelum menjelaskan.
- Jangan menyalahkan pelanggan, pihak lain atau "sistem". Jangan menyindir, bercanda tentang keluhan, atau memakai huruf kapital untuk berteriak.
- Jujur: jika belum tahu, katakan belum tahu dan kapan akan memberi kabar.
- Setiap balasan berisi langkah berikutnya: apa yang kami lakukan atau ke mana orang bisa menghubungi.

## 2. Menghadapi orang yang tidak ramah
- Jangan berdebat di depan umum. Satu balasan yang sopan dan berisi fakta sudah cukup.
- Pisahkan kritik dari serangan: kritik dijawab dan diteruskan ke tim yang bisa memperbaiki; makian tidak perlu dibalas.
- Pindahkan pembicaraan yang menyangkut data pribadi atau pesanan ke pesan langsung.
- Jangan pernah membalas dengan akun pribadi atau akun palsu.

## 3. Kapan menyembunyikan atau memblokir
- **Sembunyikan**: spam, penipuan, tautan berbahaya, data pribadi orang lain, ujaran kebencian, pornografi, ancaman.
- **Blokir**: hanya akun yang terus-menerus mengirim spam, menipu atau mengancam setelah diperingatkan.
- **Jangan** menyembunyikan atau memblokir orang hanya karena kritiknya tajam. Menghapus kritik membuat krisis lebih besar.
- Setiap penyembunyian dan pemblokiran dicatat beserta alasannya.

## 4. Siapa yang boleh memposting
- Hanya orang yang namanya tercantum di tim krisis atau diberi hak oleh pemilik ruang kerja yang boleh memposting dari akun resmi.
- Kata sandi akun tidak dibagikan; akses diberikan per orang dengan verifikasi dua langkah.
- Pernyataan resmi tentang krisis hanya terbit setelah disetujui penyetuju.
- Saat krisis, posting terjadwal dan promosi dihentikan sampai pemimpin krisis mengizinkan lagi.

## 5. Ketika keadaan memburuk
- Jika komentar negatif melonjak, ada media yang bertanya, ada tokoh publik ikut membahas, atau menyangkut keselamatan, data pribadi atau hukum: **jangan menjawab sendiri**.
- Beri tahu pemimpin krisis segera lewat saluran tim dan ikuti panduan krisis yang sesuai.
- Jangan menghapus posting yang sedang diperbincangkan tanpa persetujuan pemimpin krisis.
- Simpan tangkapan layar sebagai bukti.

Dengan mengonfirmasi kebijakan ini, saya menyatakan telah membaca dan akan mengikutinya.
`,
  },
  en: {
    title: 'Social media policy',
    body: `# Social media policy

This policy applies to everyone who writes on behalf of our brand on social media, in direct messages, comment sections and chat groups.

## 1. Language and tone
- Write simply and kindly. Address people politely, in the way the brand usually does.
- Be calm and empathetic: acknowledge how people feel before you explain.
- Never blame the customer, another party or "the system". No sarcasm, no jokes about complaints, no capitals to shout.
- Be honest: if we do not know yet, say so and say when the next update comes.
- Every reply has a next step: what we are doing, or where people can reach us.

## 2. Dealing with unfriendly people
- Never argue in public. One polite, factual reply is enough.
- Tell criticism from abuse: criticism gets an answer and goes to the team that can fix it; insults need no reply.
- Move conversations about personal data or orders to direct messages.
- Never reply from a personal or fake account.

## 3. When to hide or block
- **Hide**: spam, scams, harmful links, other people's personal data, hate speech, pornography, threats.
- **Block**: only accounts that keep spamming, scamming or threatening after a warning.
- **Never** hide or block someone only because their criticism is sharp. Deleting criticism makes a crisis bigger.
- Every hide and block is recorded with its reason.

## 4. Who may post
- Only people named in the crisis team or granted the right by the workspace owner may post from official accounts.
- Account passwords are never shared; access is given per person with two-step verification.
- Official statements about a crisis are published only after the approver has approved them.
- During a crisis, scheduled posts and promotions stop until the crisis lead allows them again.

## 5. When things get worse
- If negative comments surge, media ask questions, public figures join in, or it concerns safety, personal data or the law: **do not answer on your own**.
- Tell the crisis lead at once through the team channel and follow the matching crisis playbook.
- Do not delete a post people are talking about without the crisis lead's approval.
- Keep screenshots as evidence.

By acknowledging this policy, I confirm that I have read it and will follow it.
`,
  },
};
