/**
 * Standard words the normaliser may land on, written for this project. They decide between
 * candidate forms: how far to squeeze repeated letters (`maaaaf` → `maaf`, not `maf`), whether an
 * ending is a clitic (`makanannya` is `makanan` + `nya`, `sekolah` is not `seko` + `lah`), whether
 * leetspeak was meant (`b4ik` → `baik`), and how to split an all-lower-case hashtag. The lexicon's
 * standard forms and the stop words are added to these at load time.
 */
export const KNOWN_WORDS_DATA = `
ada adalah agak agar air akan akhir akhirnya akibat aktif akun akurat alamat alasan alat aman ambil amat ampun anak
aneh angin angka anggota anggaran antar antre antrean antri anti apa apakah api aplikasi apotek arah asal asli asam asin
atas atau atur awal awas ayah ayam ayo bahan bahaya bahkan baik baju bakar baku balas balik ban banci bandara bangsa
bangun banjir bank bantu bantuan banyak bapak bara barang baru basi batal batas batu bau bawa bayar bayi beda bekas
belajar belanja beli belum benar bencana bengkel bensin berat beres berhasil beri berita bersih besar besok betul biasa
biaya bicara bijak bikin bilang bintang bioskop bisa bocor bodoh bohong boleh bos botol bocoran buah buang buat bukan
buka buku bulan bumi bunga buruk burung busuk butuh cabang cabai cacat cahaya cair cakep cantik capek cara cari cek
cepat cerita cinta cocok coba contoh cuaca cuci cukup cuma curang curi daerah daftar dagang daging dalam damai dana
dapat dapur darah darat dari darurat data datang dekat demo dengan dengar depan desa dewasa diam dingin dompet dosa
dua duduk dulu dunia ekonomi emas emosi enak energi gagal gaji ganteng ganti gangguan garam gas gaya gedung gelap
gempa gerak gigi gila gizi goreng gratis gula gunung guru habis hadiah hadir hak halo hambar hampir hancur hanya harap
harapan harga hari harus hasil hati hebat hemat hewan hidup hijau hilang hitam hormat hotel hubungi hujan hukum hutan
ibu ikan ikut ilegal iklan ikhlas ilmu indah informasi ingat ingin ini isi istri itu izin jadi jadwal jahat jalan jam
jamin jaminan janji jarang jauh jawab jawaban jelas jelek jempol jenis jual juga jujur jumlah kabar kabur kacau kadang
kakak kaki kalah kali kamar kami kampus kamu kanan kantor kapan karena kartu karyawan kasar kasih kasus kata kayu
kebakaran kecewa kecil kecelakaan kejadian keluarga keluar keluhan kemarin kembali kenapa kencang kenyang kepala
kepada keras kereta kering kerja keren kesal ketemu khawatir kirim kiri kita kode komentar konsumen kopi korban korupsi
kota kotor kuat kualitas kuliah kurang kurir lagi lahir lain lalu lama lambat lampu langsung lapar lapor laporan lari
laris layanan lebih lelah lemah lengkap lepas lewat lihat lokasi lucu lupa luar luka lumayan maaf macet mahal main
makan makanan malam malas malu mana mandi manis mantap marah masalah masih masuk mata mati mau merek merah minggu
minta minum minuman mobil modal mohon motor muda mudah mulai mungkin murah musim nama nanti nasi negara nilai nomor
obat ojek oke olahraga ongkos orang pabrik pada pagi pahit paket pakai paling panas panggil panjang parah pasar pasti
pecat pedas pegawai pelanggan pelayanan peduli pembayaran pemerintah penipu penipuan pengiriman pengguna penjual
perempuan pergi perlu pernah pesan pesanan petugas pihak pikir pilih pintar pinjam polisi ponsel potong produk promo
pukul pulang pulsa punya pusat pusing putus rakyat ramah rasa rata rekening rendah restoran risiko robek rugi rumah
rusak rumit sabar sakit saldo salah sama sampah sampai sangat sapi saran satu sayang sedang sedih sehat sekali sekarang
sekolah selalu selesai semangat sembuh semua senang sepatu sepeda sepi seperti sering serius setuju siang siap siapa
sibuk sinyal sistem situs solusi sopan suami suara sudah sulit sungguh supaya surat susah susu tagihan tahu tahun takut
tambah tamu tanggal tanggung tangan tanya tapi tarif tawar teman tempat tenang tengah tepat terima terlambat terus tetap
tidak tidur tiket tinggal tinggi tipu toko tolong tua tuju tukar tulis tunggu turun uang udara ujian ulang umur untung
untuk urus usaha usul utama wajib waktu wangi warga warung wilayah yakin
air minum listrik padam mati lampu sinyal jaringan internet kuota paket data server akun sandi kata sandi
keracunan racun belatung kedaluwarsa kemasan segel bocor basi jamur ulat kecoa tikus lalat rambut plastik kaca
terlambat telat hilang tertukar salah kirim pengembalian dana tunda batal dibatalkan ditolak tolak gagal bayar
tagihan denda potongan biaya admin pajak diskon cashback voucher kupon saldo dompet digital transaksi rekening
data pribadi bocor diretas peretas retas kebocoran privasi penyalahgunaan spam penipuan phishing tautan palsu hoaks
fitnah klarifikasi bantah viral boikot demo protes tuntut gugat hukum pengadilan polisi lapor laporan sidang tersangka
pelecehan rasis kasar hina menghina ejek jorok cabul porno sara agama suku
mengecewakan kecewa puas senang bangga hebat luar biasa mantap bagus baik ramah cepat tanggap lambat buruk jelek
makanan minuman pelayanan pesanan jawaban bantuan pertanyaan pengaduan keluhan kerusakan kesalahan kejelasan kepastian
pelanggan pengguna pembeli penjual pedagang pengemudi penumpang pasien dokter perawat karyawan pegawai petugas
aplikasi website situs laman fitur pembaruan versi login masuk daftar verifikasi kode otp
mie indomie kopi teh susu roti nasi ayam sate bakso soto martabak gorengan kue snack camilan minyak gula garam beras
banget sih dong deh kok loh kan nih tuh yuk ayo iya ya oke sip siap
rasanya caranya harganya katanya sepertinya makanya soalnya pokoknya bagaimana mengapa kenapa apakah
punya hanya tanya bertanya sekolah salah kalah masalah telah lelah celah olah sebelah jumlah istilah allah belah
langkah nikah menikah buku kuku laku saku suku paku aku kaku baku ilmu jamu temu tamu semu kamu ramu madu
walaupun meskipun apapun siapapun bagaimanapun manapun kapanpun ampun rumpun himpun
milik pemilik kulit kunci kuning kucing kursi kuasa kue kuota kualitas kuat kurir kubur kuburan kumpul kutip
the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or an
will my one all would there their what so up out if about who get which go me when make can like time no just him
know take people into year your good some could them see other than then now look only come its over think also
back after use two how our work first well way even new want because any these give day most us is are was were
been has had did does doing very really too much many more less never always sometimes again still already
love hate like great nice bad worst best better awesome amazing terrible horrible disappointed disappointing happy sad
angry mad upset sorry please thanks thank help service customer order delivery refund money price cost cheap expensive
food drink taste quality product app account password data leak hacked scam fraud fake hoax news brand company
problem issue error bug crash slow fast late delay wait waiting never ever again
`;
