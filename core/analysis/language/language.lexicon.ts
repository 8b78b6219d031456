/**
 * Function words and very common everyday words per language, written by the project. Only words
 * that tell languages apart are listed: loanwords shared by all of them (`data`, `online`, `admin`)
 * are left out on purpose. Indonesian and Malay share most of their grammar words, so those sit in
 * `ID_MS_SHARED` and only the words where the two differ decide between them.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w.length > 0));

/** Written the same and used the same in Indonesian and Malay. */
export const ID_MS_SHARED = words(`
  yang dan di ke dari ini itu saya kami kita dia mereka ada dengan untuk pada dalam akan sudah belum
  juga lagi atau tetapi tapi jika kalau bila sebab semua setiap sangat lebih paling hanya masih pernah
  apa siapa mana bagaimana mengapa kenapa berapa bila kapan sini sana situ oleh bagi tentang seperti
  antara sampai selepas sebelum sesudah sejak hingga kerja rumah orang anak hari malam pagi makan minum
  beli jual harga barang baik buruk baru lama besar kecil banyak sedikit cepat lambat mahal murah
  terima kasih tolong maaf selamat hanya boleh bisa mau ingin perlu harus dapat tahu
  lihat datang pergi pulang buat guna jadi ialah adalah bukan jangan tidak belum pun lah kah nya
  kamu engkau anda aku ia beliau suka cinta benci marah sedih senang gembira takut malu
  pesanan pelanggan perkhidmatan layanan aplikasi akaun akun kata bilang cakap minta beri kasih
  sekarang nanti tadi semalam esok besok baru saja memang betul benar salah masalah rosak rusak
`);

/** Indonesian, including its everyday informal register, and not Malay. */
export const ID_ONLY = words(`
  tidak nggak ngga enggak gak ga engga kagak ndak udah sudah aja doang banget bgt kok sih dong deh nih tuh
  loh kan kayak kaya gimana gitu gini begitu begini bikin pakai pake kasih karena karna soalnya
  uang duit mobil kantor sepeda cuma cuman kalian gue gua gw lu lo elu elo lho emang ngapain
  dapet dateng nunggu bener bagus jelek parah mantap mantul keren kecewa gimana ribet males
  sama mulu terus trus mending kemarin kemaren besok lusa tahun bulan minggu jam menit detik
  aduh wah waduh astaga anjir buruan ayo yuk makasih trims terimakasih sampe nyampe belom blm
  barusan langsung ngerti paham beneran sumpah serius bangat kakak kak min admin gan sis
  pengiriman kurir paket produk pelayanan kualitas rasanya tempatnya makanannya enak
  saat ketika supaya agar namun sedangkan melainkan tersebut hal cukup kurang sekali
`);

/** Malay (Malaysia, Brunei, Singapore) and not Indonesian. */
export const MS_ONLY = words(`
  je jer aje sahaja kerana korang tengok camne apasal wang kereta pejabat basikal faham fahamkan
  mesti jom semak sebarang bagaimanapun adakah bukankah bilakah mengapakah encik puan cik kerajaan
  kelmarin sekejap seronok teruk hampeh sial betul-betul memang-memang takde tiada xde xnak xtau
  xbleh dorang diorang depa macamana
`);

/** Javanese, Ngoko and Krama. */
export const JV = words(`
  ora ra kowe koe sampeyan panjenengan kulo kula dheweke awakdewe opo iki kuwi iku kae karo lan wis
  wes uwis durung sing kang ning neng nang ngerti piye pripun kepiye kenopo ngopo ngapa iso isa ono
  arep ape mangan turu lunga mulih apik elek akeh okeh sithik titik tenan tenanan cah bocah lho tho
  yo nggih mboten matur nuwun sugeng sanget niki niku nopo menopo wonten sampun dereng badhe kados
  ingkang kaliyan dhateng menika punika kabeh dewe dhewe ngono ngene koyo mergo amarga amargi nek
  yen lek ben nandi endi sopo piro pira wong omah duwe duwit sedulur monggo gawe nggawe njaluk
  ngombe weruh ndelok krungu ngapusi teko tekan suwe saiki sesuk wingi lur blas mutu kabare
  jenengan pingin gelem emoh wegah ngenteni rampung tuku adol regane larang pol ae sampek ojo ojok
  jarene jare ngendi
`);

/** Sundanese. */
export const SU = words(`
  teu henteu abdi anjeun maneh naon ieu eta kumaha teh mah urang sanes moal acan tos atos parantos
  geus keur nuju bade rek arek sareng jeung kana tina pikeun kanggo ngan oge pisan kacida sae alus
  hade loba seueur saeutik sakedik nu anu ayeuna isukan kamari hatur nuhun wilujeng punten
  sampurasun rampes baraya akang teteh ceu wae kitu kieu ulah hayu sadaya sadayana sagala iraha
  saha sabaraha naha kunaon lamun upami mun sabab margi janten tiasa hoyong hayang nyaho uninga
  dahar emam nginum sare kulem indit angkat imah jalma jelema batur euy atuh teuing meureun sigana
  leres ngarti ngartos ceunah cenah weh geuning ketang damang tuang maksudna ari kudu kedah
`);

/** English. */
export const EN = words(`
  the a an is are was were be been being am have has had do does did not no yes and or but if then
  of to in on at for with from by about as into like through after over between out up down off
  this that these those it its i me my mine we our us you your yours he him his she her they them
  their what which who whom where when why how all any both each few more most other some such only
  own same than too very can will just should would could now get got good great bad love thanks
  thank please really also there here because again never always even still well much many one time
  people doing dont don't cant can't won't isn't wasn't didn't doesn't im i'm it's thats that's
  youre you're ive i've hasn't haven't arrived order worst best ever keeps anyone else having issue
  issues update quick response product customer support refund account help money pay paid today
  yesterday tomorrow week month year hi hello hey guys omg lol wtf pls plz thx ur
`);

/**
 * Words that lean to a language but also turn up in Indonesian (`tak`, `dah`, `mas`, `teh`): they
 * count a little, so that only several of them together outweigh Indonesian.
 */
export const MS_WEAK = words(`tak tu ni nak dah awak kau macam punya kat mahu boleh sedap lepas kena cuba sikit kot`);
export const JV_WEAK = words(`yo cah apik mbak mas pengen seneng ngomong aja wae bae sak dalan`);
export const SU_WEAK = words(`teh mah urang nu alus sok aa mangga na dina`);

/**
 * Function words of other languages met on Indonesian social media (Spanish, Portuguese, French,
 * German, Dutch, Tagalog). When they dominate, the text is `und` rather than forced into English.
 */
export const OTHER = words(`
  el los las es muy y que del por para con una est les des et une pas pour avec dans sont tres
  der das und ist nicht ein eine mit auf sehr ich nein het een niet zijn ook maar voor
  mga ng naman po nito ako ikaw hindi salamat siya kami talaga lang ba
  muito nao obrigado voce uma mais isso esta
  pero tambien gracias bueno porque como pero esto
`);

/** A word in one of these lists counts for that language. Shared words count for both. */
export const LEXICONS = {
  idMs: ID_MS_SHARED,
  id: ID_ONLY,
  ms: MS_ONLY,
  jv: JV,
  su: SU,
  en: EN,
  msWeak: MS_WEAK,
  jvWeak: JV_WEAK,
  suWeak: SU_WEAK,
  other: OTHER,
} as const;
