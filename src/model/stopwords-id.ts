/**
 * Indonesian stop words for the related-articles chooser, matched before and after
 * `related.ts`'s suffix stripping (so `ujarnya` falls out through `ujar`).
 *
 * Deliberately NOT listed: place names (a regency named in a province story is still useful),
 * topic words such as `pelayanan`, `zona`, `kepatuhan` (they carry the story), and words
 * frequent only in this corpus (`penghargaan`), which index-time document frequency drops.
 */

const FUNCTION_WORDS = [
  // conjunctions
  'dan', 'serta', 'atau', 'ataupun', 'tetapi', 'tapi', 'namun', 'melainkan', 'sedangkan', 'padahal',
  'bahwa', 'bahwasanya', 'karena', 'karenanya', 'sebab', 'sehingga', 'agar', 'supaya', 'jika', 'jikalau',
  'kalau', 'apabila', 'bila', 'bilamana', 'ketika', 'sewaktu', 'selagi', 'sementara', 'seraya', 'sambil',
  'meskipun', 'meski', 'walaupun', 'walau', 'kendati', 'biarpun', 'maupun', 'baik', 'sedang', 'lalu',
  'kemudian', 'selanjutnya', 'lagi', 'pula', 'juga', 'bahkan', 'apalagi', 'yakni', 'yaitu', 'adapun',
  'andaikan', 'seandainya', 'asalkan', 'hingga', 'sampai', 'sejak', 'semenjak', 'sebelum', 'sesudah',
  'setelah', 'selama', 'seusai', 'usai', 'demi', 'guna', 'tatkala', 'dimana', 'seperti', 'sebagaimana',
  'seolah', 'misalnya', 'contohnya', 'terutama', 'khususnya', 'termasuk', 'selain', 'kecuali',
  // prepositions
  'di', 'ke', 'dari', 'pada', 'kepada', 'daripada', 'dalam', 'luar', 'atas', 'bawah', 'antara', 'antar',
  'oleh', 'untuk', 'bagi', 'dengan', 'tentang', 'mengenai', 'terhadap', 'menuju', 'menurut', 'sekitar',
  'melalui', 'lewat', 'tanpa', 'bersama', 'beserta', 'sekaligus', 'terkait', 'berkat', 'akibat', 'atas',
  'sebagai', 'selaku', 'per', 'via', 'sesuai', 'berdasarkan', 'sepanjang', 'seputar',
  // pronouns, determiners, demonstratives
  'yang', 'ini', 'itu', 'tersebut', 'sini', 'situ', 'sana', 'begini', 'begitu', 'demikian', 'sedemikian',
  'saya', 'aku', 'kami', 'kita', 'anda', 'engkau', 'kamu', 'kalian', 'dia', 'ia', 'beliau', 'mereka',
  'diri', 'sendiri', 'sesuatu', 'seseorang', 'siapapun', 'apapun', 'sesama', 'para', 'sang', 'si', 'kaum',
  'sebuah', 'seorang', 'sejumlah', 'beberapa', 'berbagai', 'banyak', 'sedikit', 'semua', 'semuanya',
  'seluruh', 'segala', 'segenap', 'setiap', 'tiap', 'masing', 'lain', 'lainnya', 'salah', 'suatu',
  'tertentu', 'hal', 'pihak', 'pihaknya', 'nya',
  // question words
  'apa', 'apakah', 'siapa', 'mana', 'manakah', 'bagaimana', 'bagaimanakah', 'mengapa', 'kenapa', 'kapan',
  'berapa', 'berapakah', 'dimanakah',
  // auxiliaries, modals, aspect
  'adalah', 'ialah', 'merupakan', 'ada', 'adanya', 'menjadi', 'jadi', 'akan', 'telah', 'sudah', 'belum',
  'sedang', 'tengah', 'masih', 'pernah', 'baru', 'dapat', 'bisa', 'mampu', 'boleh', 'harus', 'wajib',
  'perlu', 'ingin', 'mau', 'hendak', 'sempat', 'tidak', 'tak', 'bukan', 'jangan', 'tanpa', 'punya',
  'memiliki', 'mempunyai',
  // adverbs and particles
  'sangat', 'amat', 'sekali', 'terlalu', 'lebih', 'kurang', 'paling', 'cukup', 'agak', 'hanya', 'cuma',
  'saja', 'pun', 'lah', 'kah', 'dong', 'kok', 'pula', 'tentu', 'tentunya', 'pasti', 'mungkin', 'memang',
  'justru', 'malah', 'hampir', 'secara', 'sama', 'bersama', 'tetap', 'terus', 'kembali', 'segera',
  'langsung', 'selalu', 'sering', 'kerap', 'jarang', 'sudah', 'makin', 'semakin', 'kian', 'pernah',
  'yakin', 'tersendiri', 'begitupun', 'demikianlah', 'antaranya', 'diantaranya', 'sebagainya', 'akhirnya',
  'rupanya', 'ternyata', 'sebenarnya', 'sesungguhnya', 'bahkan', 'sedangkan', 'maka', 'pun', 'adalah',
];

const NUMBER_AND_TIME_WORDS = [
  'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas',
  'belas', 'puluh', 'puluhan', 'ratus', 'ratusan', 'ribu', 'ribuan', 'juta', 'jutaan', 'miliar', 'triliun',
  'pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'persen', 'nomor', 'angka',
  'tahun', 'bulan', 'minggu', 'pekan', 'hari', 'jam', 'menit', 'tanggal', 'waktu', 'saat', 'kala', 'masa',
  'kini', 'sekarang', 'kemarin', 'besok', 'lusa', 'tadi', 'nanti', 'pagi', 'siang', 'sore', 'malam',
  'awal', 'akhir', 'mendatang', 'lalu', 'silam', 'terakhir', 'periode',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'ahad',
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober',
  'november', 'desember', 'wib', 'wita', 'wit',
];

/** Verbs and nouns every news story uses, whatever it is about. */
const NEWS_FILLER = [
  // attribution ("..., ujar Bupati")
  'kata', 'ujar', 'ungkap', 'ucap', 'tutur', 'jelas', 'terang', 'sebut', 'tambah', 'imbuh', 'lanjut',
  'tegas', 'pungkas', 'papar', 'urai', 'katanya', 'mengatakan', 'menyampaikan', 'menjelaskan',
  'mengungkapkan', 'menuturkan', 'menambahkan', 'menyebutkan', 'menegaskan', 'memaparkan', 'mengaku',
  'disampaikan', 'dikatakan', 'diungkapkan', 'dijelaskan', 'disebutkan', 'ditegaskan', 'berharap',
  'harapnya', 'mengimbau', 'kesempatan',
  // generic verbs of reporting on events
  'melakukan', 'dilakukan', 'memberikan', 'diberikan', 'memberi', 'diberi', 'membuat', 'dibuat',
  'mendapat', 'mendapatkan', 'menerima', 'diterima', 'mengikuti', 'diikuti', 'menghadiri', 'dihadiri',
  'hadir', 'digelar', 'menggelar', 'diselenggarakan', 'menyelenggarakan', 'dilaksanakan', 'melaksanakan',
  'berlangsung', 'bertempat', 'upaya', 'rangka', 'kegiatan', 'acara', 'agenda', 'terkait', 'berita',
  'warta', 'baca', 'simak', 'foto', 'video', 'redaksi', 'reporter', 'editor', 'sumber', 'laporan',
  // administration words shared by nearly every regional story; which
  // region it is comes from the region/province signals, not from these
  'kabupaten', 'kab', 'kota', 'provinsi', 'prov', 'pemerintah', 'pemerintahan', 'pemkab', 'pemkot',
  'pemprov', 'pemda', 'daerah', 'wilayah', 'setempat', 'kecamatan', 'bupati', 'wabup', 'wakil', 'wali',
  'walikota', 'wawako', 'gubernur', 'wagub', 'sekda', 'sekretaris', 'kepala', 'kadis', 'dinas', 'badan',
  'jajaran', 'masyarakat', 'warga', 'indonesia', 'republik', 'nasional', 'pusat',
];

/** The stop words, lower-case and without diacritics. */
export const STOPWORDS_ID: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...NUMBER_AND_TIME_WORDS, ...NEWS_FILLER]);
