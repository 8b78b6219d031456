/**
 * The project's own English → Indonesian glossary of sentiment-bearing and everyday review and complaint
 * words, written for Siaga. An English text is also read through its word-by-word Indonesian rendering,
 * so what the model learnt from Indonesian reviews carries over to English ones. Entries are
 * `english=indonesian`, separated by `;` or new lines; the Indonesian side may be several words and is
 * written the way the normaliser writes Indonesian (lower case, clitics apart: `makanan nya`). A few
 * two-word English phrases come first in the lookup. English words outside the glossary are left out
 * of the rendering.
 */
const GLOSSARY = `
not=tidak;no=tidak;never=tidak pernah;nothing=tidak ada;nobody=tidak ada;none=tidak ada;without=tanpa;neither=tidak;nor=tidak
cannot=tidak bisa;lack=kurang;lacking=kurang;less=kurang;hardly=hampir tidak;barely=hampir tidak;yet=belum;unable=tidak bisa
but=tapi;however=namun;although=walaupun;though=walaupun;even=bahkan;still=masih;already=sudah;again=lagi;only=hanya;just=cuma
very=sangat;really=sangat;so=sangat;extremely=sangat;super=super;too=terlalu;quite=cukup;pretty=cukup;totally=benar benar
absolutely=benar benar;truly=sungguh;most=paling;more=lebih;much=banyak;many=banyak;highly=sangat;incredibly=luar biasa
always=selalu;often=sering;sometimes=kadang;usually=biasanya;rarely=jarang;every=setiap;all=semua;also=juga
good=bagus;great=bagus sekali;nice=bagus;fine=baik;okay=oke;ok=oke;decent=lumayan;alright=oke;well=baik;better=lebih baik
best=terbaik;excellent=luar biasa;amazing=luar biasa;awesome=mantap;fantastic=luar biasa;wonderful=luar biasa;perfect=sempurna
outstanding=luar biasa;superb=luar biasa;brilliant=hebat;impressive=mengesankan;impressed=terkesan;cool=keren;love=suka
loved=suka;lovely=indah;like=suka;liked=suka;enjoy=menikmati;enjoyed=menikmati;happy=senang;glad=senang;pleased=puas
satisfied=puas;satisfying=memuaskan;satisfaction=kepuasan;delighted=senang;recommend=rekomendasi;recommended=rekomendasi
worth=sepadan;worthwhile=bermanfaat;beautiful=indah;pleasant=menyenangkan;fun=seru;exciting=seru;favorite=favorit
favourite=favorit;thanks=terima kasih;thank=terima kasih;grateful=bersyukur;helpful=membantu;useful=berguna;reliable=andal
friendly=ramah;polite=sopan;kind=baik;welcoming=ramah;attentive=perhatian;professional=profesional;responsive=responsif
fast=cepat;quick=cepat;quickly=cepat;swift=cepat;prompt=cepat;efficient=efisien;easy=mudah;simple=sederhana;convenient=praktis
practical=praktis;smooth=lancar;smoothly=lancar;stable=stabil;safe=aman;secure=aman;clean=bersih;tidy=rapi;neat=rapi;fresh=segar
comfortable=nyaman;cozy=nyaman;cosy=nyaman;spacious=luas;quiet=tenang;calm=tenang;relaxing=santai;strategic=strategis
delicious=enak;tasty=enak;yummy=enak;savory=gurih;crispy=renyah;tender=empuk;soft=lembut;sweet=manis;juicy=enak;flavorful=enak
cheap=murah;affordable=terjangkau;inexpensive=murah;reasonable=wajar;bargain=murah;discount=diskon;promo=promo;free=gratis
generous=banyak;plenty=banyak;complete=lengkap;original=asli;genuine=asli;authentic=asli;sturdy=kokoh;durable=awet;strong=kuat
modern=modern;elegant=elegan;unique=unik;special=spesial;solid=mantap;smart=pintar;innovative=inovatif;accurate=akurat
correct=benar;right=benar;true=benar;proper=layak;suitable=cocok;fit=cocok;fits=cocok;match=cocok;matches=sesuai
improve=perbaiki;improved=membaik;improvement=perbaikan;success=sukses;successful=berhasil;win=menang;proud=bangga
bad=buruk;poor=buruk;terrible=parah;horrible=mengerikan;awful=buruk sekali;worst=terburuk;worse=lebih buruk;ugly=jelek
disappointing=mengecewakan;disappointed=kecewa;disappointment=kekecewaan;regret=menyesal;regrets=menyesal;sorry=maaf
unhappy=tidak senang;sad=sedih;upset=kesal;annoyed=kesal;annoying=menyebalkan;irritating=menyebalkan;angry=marah;mad=marah
furious=marah;frustrated=frustrasi;frustrating=bikin frustrasi;hate=benci;hated=benci;dislike=tidak suka;sucks=payah
useless=tidak berguna;worthless=tidak berguna;pointless=percuma;waste=buang;wasted=sia sia;rubbish=sampah;garbage=sampah
trash=sampah;junk=rongsokan;crap=sampah;nonsense=omong kosong;lame=payah;mediocre=biasa saja;average=rata rata;bland=hambar
tasteless=hambar;salty=asin;bitter=pahit;sour=asam;stale=basi;spoiled=basi;rotten=busuk;raw=mentah;undercooked=mentah
overcooked=gosong;burnt=gosong;burned=gosong;cold=dingin;greasy=berminyak;oily=berminyak;smelly=bau;stinks=bau;smell=bau
dirty=kotor;filthy=jorok;messy=berantakan;noisy=berisik;crowded=ramai;cramped=sempit;narrow=sempit;hot=panas;stuffy=pengap
uncomfortable=tidak nyaman;unsafe=tidak aman;dangerous=berbahaya;scary=seram;creepy=seram;rude=kasar;impolite=tidak sopan
arrogant=sombong;unfriendly=tidak ramah;careless=ceroboh;lazy=malas;ignorant=cuek;ignored=diabaikan;ignore=mengabaikan
unprofessional=tidak profesional;incompetent=tidak becus;slow=lambat;slowly=lambat;sluggish=lemot;laggy=lemot;lag=lemot
late=telat;delayed=tertunda;delay=keterlambatan;delays=keterlambatan;overdue=telat;long=lama;forever=lama sekali;wait=menunggu
waiting=menunggu;waited=menunggu;expensive=mahal;overpriced=kemahalan;pricey=mahal;costly=mahal;scam=penipuan;fraud=penipuan
cheated=ditipu;cheat=menipu;fake=palsu;counterfeit=palsu;lie=bohong;lied=bohong;liar=pembohong;lies=bohong;misleading=menyesatkan
broken=rusak;broke=rusak;damaged=rusak;defective=cacat;faulty=rusak;cracked=retak;torn=sobek;leaking=bocor;leaks=bocor;leak=bocor
missing=hilang;lost=hilang;wrong=salah;incorrect=salah;error=error;errors=error;bug=bug;buggy=banyak bug;glitch=gangguan
crash=crash;crashes=crash;crashed=crash;crashing=crash;freeze=macet;freezes=macet;frozen=macet;stuck=macet;hang=hang
fail=gagal;failed=gagal;fails=gagal;failure=kegagalan;failing=gagal;problem=masalah;problems=masalah;issue=masalah
issues=masalah;trouble=masalah;complicated=ribet;confusing=membingungkan;confused=bingung;difficult=sulit;hard=susah
impossible=mustahil;hassle=repot;inconvenient=merepotkan;unstable=tidak stabil;weak=lemah;poorly=buruk;badly=buruk
small=kecil;tiny=kecil sekali;thin=tipis;flimsy=ringkih;fragile=rapuh;cheaply=murahan;cheap-looking=murahan;tacky=norak
boring=membosankan;bored=bosan;tired=capek;exhausting=melelahkan;stressful=bikin stres;stress=stres;worried=khawatir
worry=khawatir;afraid=takut;scared=takut;shocked=kaget;shocking=mengejutkan;disgusting=menjijikkan;gross=jijik;nasty=jorok
pathetic=menyedihkan;ridiculous=konyol;unacceptable=tidak bisa diterima;outrageous=keterlaluan;shameful=memalukan
embarrassing=memalukan;shame=malu;unfair=tidak adil;unreasonable=tidak masuk akal;never again=kapok;refund=pengembalian dana
complain=komplain;complaint=keluhan;complaints=keluhan;complained=komplain;report=lapor;reported=dilaporkan;blocked=diblokir
cancel=batal;cancelled=dibatalkan;canceled=dibatalkan;cancellation=pembatalan;return=kembalikan;returned=dikembalikan
charged=ditagih;overcharged=ditagih lebih;deducted=terpotong;disappear=hilang;disappeared=hilang;unanswered=tidak dijawab
unresponsive=tidak responsif;unreachable=tidak bisa dihubungi;disconnected=terputus;outage=gangguan;down=down;offline=mati
dead=mati;died=mati;drained=cepat habis;overheating=panas;overheats=panas;noise=bising;cheaper=lebih murah;rip-off=penipuan
quality=kualitas;price=harga;prices=harga;service=pelayanan;services=layanan;staff=pegawai;employee=pegawai;employees=pegawai
waiter=pelayan;waitress=pelayan;cashier=kasir;driver=driver;courier=kurir;seller=penjual;shop=toko;store=toko;product=produk
products=produk;item=barang;items=barang;goods=barang;package=paket;parcel=paket;delivery=pengiriman;delivered=dikirim
shipping=pengiriman;shipment=pengiriman;order=pesanan;ordered=pesan;orders=pesanan;packaging=kemasan;box=kotak;size=ukuran
color=warna;colour=warna;material=bahan;food=makanan;foods=makanan;meal=makanan;dish=hidangan;dishes=hidangan;menu=menu
drink=minuman;drinks=minuman;coffee=kopi;tea=teh;rice=nasi;chicken=ayam;meat=daging;beef=daging sapi;fish=ikan;noodles=mie
soup=sup;sauce=saus;taste=rasa;tastes=rasanya;flavor=rasa;flavour=rasa;portion=porsi;portions=porsi;restaurant=restoran
cafe=kafe;place=tempat;location=lokasi;room=kamar;rooms=kamar;hotel=hotel;bed=kasur;bathroom=kamar mandi;toilet=toilet
view=pemandangan;parking=parkir;atmosphere=suasana;ambience=suasana;music=musik;app=aplikasi;application=aplikasi
apps=aplikasi;update=pembaruan;updated=diperbarui;feature=fitur;features=fitur;account=akun;login=login;password=kata sandi
payment=pembayaran;pay=bayar;paid=bayar;balance=saldo;money=uang;transfer=transfer;transaction=transaksi;bank=bank
card=kartu;atm=atm;loan=pinjaman;interest=bunga;fee=biaya;fees=biaya;cost=biaya;bill=tagihan;billing=tagihan;credit=kredit
signal=sinyal;network=jaringan;internet=internet;connection=koneksi;data=data;quota=kuota;package deal=paket;phone=hp
battery=baterai;screen=layar;camera=kamera;charger=charger;device=perangkat;laptop=laptop;customer=pelanggan
customers=pelanggan;customer service=layanan pelanggan;call center=call center;response=respon;reply=balasan;replied=membalas
answer=jawaban;help=bantuan;helped=membantu;support=dukungan;solution=solusi;solved=teratasi;fixed=diperbaiki;fix=perbaiki
time=waktu;hour=jam;hours=jam;minute=menit;minutes=menit;day=hari;days=hari;week=minggu;weeks=minggu;month=bulan;months=bulan
today=hari ini;yesterday=kemarin;now=sekarang;first=pertama;last=terakhir;next=berikutnya;new=baru;old=lama
experience=pengalaman;trip=perjalanan;flight=penerbangan;airline=maskapai;train=kereta;bus=bus;ticket=tiket;tickets=tiket
queue=antrean;line=antrean;journey=perjalanan;movie=film;film=film;show=acara;game=game;book=buku;story=cerita;song=lagu
actor=aktor;acting=akting;plot=alur;ending=akhir;government=pemerintah;president=presiden;police=polisi;city=kota
road=jalan;roads=jalan;traffic=macet;jam=macet;flood=banjir;flooding=banjir;electricity=listrik;power=listrik;water=air
people=orang;person=orang;everyone=semua orang;family=keluarga;friend=teman;friends=teman;kids=anak anak;children=anak anak
is=adalah;are=adalah;was=tadinya;will=akan;would=akan;should=seharusnya;must=harus;can=bisa;could=bisa;may=mungkin
might=mungkin;have=punya;has=punya;had=punya;get=dapat;got=dapat;give=beri;gave=beri;make=buat;made=buat;come=datang
came=datang;go=pergi;went=pergi;buy=beli;bought=beli;purchase=pembelian;purchased=beli;use=pakai;used=pakai;using=pakai
try=coba;tried=coba;want=mau;wanted=mau;need=butuh;needs=butuh;know=tahu;think=pikir;feel=merasa;felt=merasa;feels=terasa
look=lihat;looks=kelihatan;see=lihat;saw=lihat;say=bilang;said=bilang;tell=bilang;told=bilang;ask=tanya;asked=tanya
call=telepon;called=menelepon;send=kirim;sent=kirim;receive=terima;received=terima;arrive=sampai;arrived=sampai;open=buka
opened=buka;close=tutup;closed=tutup;eat=makan;ate=makan;drink up=minum;stay=menginap;stayed=menginap;visit=kunjungi
visited=berkunjung;keep=terus;keeps=terus;kept=terus;continue=lanjut;change=ganti;changed=berubah;replace=ganti
replaced=diganti;work=kerja;works=berfungsi;working=berfungsi;worked=berfungsi;run=jalan;runs=berjalan;load=muat
loading=loading;install=pasang;installed=terpasang;download=unduh;check=cek;checked=cek;promise=janji;promised=dijanjikan
expect=harap;expected=diharapkan;expectations=harapan;expectation=harapan;hope=semoga;hopefully=semoga;please=tolong
wish=ingin;back=kembali;come back=datang lagi;definitely=pasti;surely=pasti
certainly=pasti;probably=mungkin;maybe=mungkin;actually=sebenarnya;apparently=ternyata;turns=ternyata;finally=akhirnya
suddenly=tiba tiba;immediately=langsung;directly=langsung;soon=segera;instantly=langsung;ever=pernah;once=sekali
twice=dua kali;enough=cukup;almost=hampir;nearly=hampir;exactly=persis;clearly=jelas;clear=jelas;unclear=tidak jelas
vague=tidak jelas;honest=jujur;honestly=jujur;trust=percaya;trusted=terpercaya;trustworthy=terpercaya;recommendable=layak
cheers=mantap;wow=wow;yay=yay;ugh=ugh;damn=sialan;hell=parah;bravo=mantap;congrats=selamat;congratulations=selamat
welcome=selamat datang;beware=hati hati;careful=hati hati;warning=peringatan;avoid=hindari;avoided=dihindari
terrific=hebat;superior=unggul;inferior=kalah;top=top;premium=premium;luxurious=mewah;luxury=mewah;fancy=mewah
glamorous=mewah;charming=menawan;cute=lucu;funny=lucu;hilarious=lucu sekali;interesting=menarik;attractive=menarik
stunning=memukau;gorgeous=cantik;handsome=ganteng;pretty good=cukup bagus;not bad=lumayan;so-so=biasa saja;meh=biasa saja
ordinary=biasa;normal=normal;standard=standar;typical=biasa;regular=biasa;usual=biasa;basic=dasar;plain=polos
slow response=respon lambat;fast response=respon cepat;on time=tepat waktu;in time=tepat waktu;value=nilai;reasonably=cukup
`;

function parseGlossary(text: string): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const entry of text.split(/[;\n]/)) {
    const [english, indonesian] = entry.split('=');
    if (!english || !indonesian) continue;
    if (!map.has(english.trim())) map.set(english.trim(), indonesian.trim().split(/\s+/));
  }
  return map;
}

/** English word or two-word phrase → its Indonesian words. */
export const ENGLISH_INDONESIAN: ReadonlyMap<string, readonly string[]> = parseGlossary(GLOSSARY);

/** The entries as written, for the glossary's shape test. */
export function glossaryEntries(): [string, string][] {
  return GLOSSARY.split(/[;\n]/)
    .filter((entry) => entry.trim() !== '')
    .map((entry) => {
      const [english = '', indonesian = ''] = entry.split('=');
      return [english, indonesian];
    });
}

const SUFFIXES: readonly [string, string][] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ly', ''],
];

/** A word's glossary entry, trying plain English inflections (`delays`, `crashed`, `loading`) when the word is absent. */
export function lookUpEnglish(word: string): readonly string[] | undefined {
  const direct = ENGLISH_INDONESIAN.get(word);
  if (direct) return direct;
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const found = ENGLISH_INDONESIAN.get(word.slice(0, -suffix.length) + replacement);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The word-by-word Indonesian rendering of English words, two-word phrases first; words outside the
 * glossary are dropped. `breaks` (clause boundaries, as word indices) are carried over to the rendering.
 */
export function renderEnglishAsIndonesian(words: readonly string[], breaks: readonly number[] = []): { words: string[]; breaks: number[] } {
  const out: string[] = [];
  const outBreaks: number[] = [];
  let nextBreak = 0;
  for (let i = 0; i < words.length; i++) {
    while (nextBreak < breaks.length && (breaks[nextBreak] ?? 0) <= i) {
      if (out.length > 0 && outBreaks[outBreaks.length - 1] !== out.length) outBreaks.push(out.length);
      nextBreak++;
    }
    const word = words[i] ?? '';
    const next = words[i + 1];
    const phrase = next === undefined || breaks[nextBreak] === i + 1 ? undefined : ENGLISH_INDONESIAN.get(`${word} ${next}`);
    if (phrase) {
      out.push(...phrase);
      i++;
      continue;
    }
    const found = lookUpEnglish(word);
    if (found) out.push(...found);
  }
  return { words: out, breaks: outBreaks };
}
