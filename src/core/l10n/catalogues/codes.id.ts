/**
 * Indonesian messages of the syntax, limit, schema and reference findings (JM0xx, JM1xx), with
 * the same keys and `{placeholders}` as codes.en.ts. Written the way a CX team in Indonesia
 * talks about a journey map (touchpoint, tahap, pain point, peluang perbaikan, penanggung jawab),
 * not word for word; YAML's own words ({detail}) stay as the parser wrote them.
 */
import type { Message } from '../format';
import type { CodeMessageKey } from './codes.en';

export const codeMessagesId: Readonly<Record<CodeMessageKey, Message>> = {
  'JM001.badIndent':
    'Indentasinya tidak sejajar: YAML menyusun isi berdasarkan indentasi, jadi sejajarkan baris ini dengan item induknya. (YAML: {detail})',
  'JM001.multilineImplicitKey':
    'Key harus muat dalam satu baris. Mungkin ada `:` yang hilang di akhir baris di atasnya, atau tanda kutip yang belum ditutup? (YAML: {detail})',
  'JM001.blockAsImplicitKey':
    'Key harus muat dalam satu baris. Mungkin ada `:` yang hilang di akhir baris di atasnya? (YAML: {detail})',
  'JM001.badScalarStart':
    'Teks ini diawali karakter khusus YAML: apit seluruh nilainya dengan tanda kutip. (YAML: {detail})',
  'JM001.unexpectedToken':
    'YAML tidak mengharapkan ini di sini. Ada `:` atau `-` yang hilang, atau nilai yang perlu diberi tanda kutip? (YAML: {detail})',
  'JM001.missingChar':
    'Ada karakter yang hilang: periksa kurung, tanda kutip, dan koma di sekitar sini. (YAML: {detail})',
  'JM001.badDqEscape':
    'Escape backslash ini tidak berlaku di dalam tanda kutip ganda: pakai tanda kutip tunggal, atau tulis `\\\\` untuk backslash. (YAML: {detail})',
  'JM001.keyTooLong': 'Key ini lebih panjang dari batas YAML (1.024 karakter). (YAML: {detail})',
  'JM001.badAlias': 'Alias ini merujuk ke anchor (`&nama`) yang belum didefinisikan di atasnya. (YAML: {detail})',
  'JM001.nonStringKey': 'Key sebaiknya berupa kata biasa. (YAML: {detail})',
  'JM001.syntax': 'Kesalahan sintaks YAML: {detail}',
  'JM002.duplicate':
    '`{key}` ditulis dua kali di tempat yang sama: pertahankan salah satunya (kalau tidak, tidak jelas nilai mana yang dipakai).',
  'JM002.firstSet': '`{key}` pertama kali ditulis di sini',
  'JM003.tooLarge':
    'File ini terlalu besar untuk diperiksa ({size} MB; batasnya {limit} MB). Journey map biasanya jauh di bawah 200 KB: pecah menjadi beberapa map.',
  'JM003.tooManyEntries':
    'File ini berisi terlalu banyak entri untuk diperiksa (lebih dari {limit:n} baris dan item list; map dengan 1.000 touchpoint berisi sekitar 10.000). Pecah menjadi beberapa map.',
  'JM004.aliasBomb':
    'Alias (`*nama`) di file ini berkembang menjadi lebih dari {limit} salinan, pola "alias bomb": map tidak dibaca. Tulis bagian yang berulang secara lengkap, jangan menumpuk alias.',
  'JM005.empty':
    'Journey map ini masih kosong. Mulai dengan `journey:` (judulnya) dan daftar `stages:` (tahap-tahapnya).',
  'JM005.insertSkeleton': 'Sisipkan kerangka journey map',
  'JM006.multiple':
    'File ini berisi {count} dokumen YAML (dipisah `---`); satu file journey map berisi satu journey, jadi semua mulai dari sini diabaikan. Pindahkan setiap journey ke file-nya sendiri.',
  'JM007.tabs': 'Tab tidak boleh dipakai untuk indentasi YAML: gunakan spasi.',
  'JM007.replaceTabs': 'Ganti tab di indentasi dengan spasi',
  'JM008.control':
    'File ini berisi karakter kontrol (U+{character}) yang tidak diizinkan YAML: apakah ini file biner, atau ada teks yang ditempel dari aplikasi lain? Hapus karakter tersebut.',
  'JM009.brackets':
    'Kurung `[` `{` bersarang lebih dari {limit} tingkat di sini: map tidak dibaca. Journey map hanya butuh beberapa tingkat; periksa kurung yang tidak pernah ditutup.',
  'JM009.nesting':
    'Map ini bersarang jauh lebih dalam daripada yang wajar untuk journey map (ratusan tingkat): sisa file tidak dibaca. Periksa kurung `[` `{` yang tidak seimbang.',
  'JM009.unreadable': 'Map ini bersarang terlalu dalam untuk dibaca. Periksa kurung `[` `{` yang tidak seimbang.',
  'JM010.warning': 'YAML: {detail}',
  'JM011.internal':
    'Journey Map gagal saat {activity} ({detail}). Ini bug di Journey Map, bukan kesalahan di map Anda: mohon laporkan beserta file-nya.',
  'JM012.notAMapping':
    'Journey map terdiri dari baris `key: value` (`journey:`, `stages:` …), tetapi file ini berisi {what}.',
  'JM013.more':
    '{count:n} temuan lain tidak ditampilkan: hanya {max:n} temuan pertama yang dilaporkan. Perbaiki dulu yang ini, lalu periksa lagi.',

  'JM101.didYouMean': '`{property}` bukan bagian dari {owner}. Maksudnya `{suggestion}`?',
  'JM101.expected': '`{property}` bukan bagian dari {owner}. Yang bisa dipakai: {allowed}.',
  'JM101.notExpected': '`{property}` tidak diharapkan di sini.',
  'JM101.rename': 'Ganti nama menjadi `{suggestion}`',
  'JM102.missing': '{holder:cap} belum punya `{property}`{hint}.',
  'JM102.missingPlural': '{holder:cap} belum punya `{property}`{hint}.',
  'JM102.hint': ': tambahkan {description}',
  'JM102.addId': 'Tambahkan `id: {slug}`',
  'JM103.noValue': '{field} belum diisi: tulis {expected} setelah titik dua, atau hapus barisnya.',
  'JM103.percent':
    '{field} ditulis sebagai teks {value}: tulis angkanya saja, {number}. Persentase di journey map ditulis sebagai angka biasa (85 artinya 85%).',
  'JM103.emotion':
    '{field} harus berupa skor dari 1 (sangat negatif) sampai 5 (sangat positif), atau satu skor per persona seperti `{ rina: 2, budi: 4 }`, bukan {value}.',
  'JM103.expected': '{field} harus berupa {expected}, bukan {value}.',
  'JM103.notFormat': '{field} tidak sesuai format journey map ({keyword}).',
  'JM103.toTrue': 'Ganti menjadi `true`',
  'JM103.toFalse': 'Ganti menjadi `false`',
  'JM103.toNumber': 'Ganti menjadi angka {number}',
  'JM103.round': 'Bulatkan menjadi {number}',
  'JM103.makeList': 'Jadikan list: [{value}]',
  'JM104.notAllowed': '{value} bukan {label} yang dikenal format ini.{didYouMean} Pilih salah satu: {allowed}.',
  'JM104.didYouMean': ' Maksudnya `{suggestion}`?',
  'JM104.change': 'Ganti menjadi `{suggestion}`',
  'JM105.emotionBelow': 'Skor emosi berkisar dari 1 (sangat negatif) sampai 5 (sangat positif); {value} di bawah itu.',
  'JM105.emotionAbove': 'Skor emosi berkisar dari 1 (sangat negatif) sampai 5 (sangat positif); {value} di atas itu.',
  'JM105.nps': 'NPS berkisar dari −100 sampai +100 (% promoter − % detractor); {value} di luar rentang itu.',
  'JM105.atLeast': '{field} minimal {limit}; sekarang {value}.',
  'JM105.atMost': '{field} maksimal {limit}; sekarang {value}.',
  'JM105.clamp': 'Batasi menjadi {value}',
  'JM106.characters':
    '{field} terlalu panjang ({size} karakter; maksimal {limit} karakter). Persingkat: journey map harus bisa dibaca sekilas.',
  'JM106.entries':
    '{field} terlalu panjang ({size} entri; maksimal {limit} entri). Persingkat: journey map harus bisa dibaca sekilas.',
  'JM107.surveyAnswer':
    '`{key}` bukan jawaban survei: hitung jumlah responden per jawaban dari 0 sampai 10, misalnya `{ 5: 42, 4: 40 }`.',
  'JM107.personaId': '`{key}` bukan id persona yang valid: pakai huruf, angka, `-`, `_` atau `.`.',
  'JM107.notRealDate':
    '{value} bukan tanggal yang ada: tulis tanggal peninjauan terakhir dengan format YYYY-MM-DD, misalnya 2026-10-01.',
  'JM107.notDate': '{value} tidak ditulis sebagai tanggal: pakai YYYY-MM-DD, misalnya 2026-10-01.',
  'JM107.badId':
    '{value} bukan id yang valid: awali dengan huruf atau angka, dan pakai hanya huruf, angka, `-`, `_` atau `.` (tanpa spasi){example}.',
  'JM107.example': ', misalnya `{slug}`',
  'JM107.change': 'Ganti menjadi `{slug}`',
  'JM108.noStages': 'Journey ini butuh setidaknya satu tahap.',
  'JM108.emptyRequired': '{field} masih kosong: isi dulu ({every} wajib punya).',
  'JM108.empty': '{field} masih kosong: isi, atau hapus barisnya.',
  'JM109.twice': '{value} tercantum dua kali di {field}: hapus salah satunya.',
  'JM109.firstListed': 'pertama kali dicantumkan di sini',
  'JM119.alreadyListed':
    'Touchpoint memakai `channel` atau `channels`, tidak keduanya: {value} sudah ada di `channels`, jadi hapus `channel`.',
  'JM119.moveIntoList':
    'Touchpoint memakai `channel` atau `channels`, tidak keduanya: pindahkan {value} ke `channels` lalu hapus `channel`.',
  'JM119.removeChannel': 'Hapus `channel` (sudah ada di `channels`)',
  'JM119.moveChannel': 'Pindahkan `{channel}` ke `channels`',

  'JM110.unknown': '{where} merujuk ke persona `{reference}`, yang tidak didefinisikan di map ini.{tail}',
  'JM110.didYouMean': ' Maksudnya `{suggestion}`?',
  'JM110.known': ' Persona yang ada: {ids}.',
  'JM110.noneDefined': ' Map ini belum mendefinisikan persona.',
  'JM110.change': 'Ganti menjadi `{suggestion}`',
  'JM111.unknown': '{where} merujuk ke pain point `{reference}`, yang tidak didefinisikan di map ini.{tail}',
  'JM111.didYouMean': ' Maksudnya `{suggestion}`?',
  'JM111.known': ' Pain point yang ada: {ids}.',
  'JM111.noneDefined': ' Map ini belum mencatat pain point.',
  'JM111.change': 'Ganti menjadi `{suggestion}`',
  'JM112.duplicate':
    '{kind:cap} lain sudah memakai id `{id}`: id harus unik agar bagian lain dari map bisa merujuk ke satu {kind} saja.',
  'JM112.first': '{kind} pertama dengan id `{id}`',
  'JM113.unknown': 'Skor emosi ini untuk `{persona}`, yang bukan persona di map ini.{tail}',
  'JM113.didYouMean': ' Maksudnya `{suggestion}`?',
  'JM113.change': 'Ganti menjadi `{suggestion}`',
  'JM114.notListed':
    'Touchpoint ini mencatat emosi untuk `{persona}`, tetapi daftar `personas`-nya tidak memuat `{persona}`: tambahkan persona itu ke daftar, atau hapus skornya.',
  'JM115.allZero':
    'Semua jumlah respons bernilai 0, jadi skor {type} tidak bisa dihitung: isi hasil survei, atau hapus `responses` sampai datanya ada.',
  'JM116.outside': 'Jawaban {type} berkisar dari {min} sampai {max}; `{answer}` di luar rentang itu.',
  'JM116.outsideCsat':
    'Jawaban {type} berkisar dari {min} sampai {max} pada skala {max} poin; `{answer}` di luar rentang itu.',
  'JM117.both':
    '{type} ini punya `value` sekaligus `responses`: skornya dihitung dari responses, jadi value bisa tidak cocok. Pertahankan salah satu.',
  'JM118.scale': '`scale` hanya berlaku untuk CSAT; {type} ini mengabaikannya.',
  'JM120.unitA':
    '`unit` hanya berlaku untuk metrik `custom`; {type} sudah punya satuannya sendiri, jadi yang ini diabaikan. Hapus, atau jadikan metriknya `type: custom`.',
  'JM120.unitAn':
    '`unit` hanya berlaku untuk metrik `custom`; {type} sudah punya satuannya sendiri, jadi yang ini diabaikan. Hapus, atau jadikan metriknya `type: custom`.',
  'JM120.directionA':
    '`direction` hanya berlaku untuk metrik `custom`; {type} sudah punya arahnya sendiri (naik atau turun yang lebih baik), jadi yang ini diabaikan. Hapus, atau jadikan metriknya `type: custom`.',
  'JM120.directionAn':
    '`direction` hanya berlaku untuk metrik `custom`; {type} sudah punya arahnya sendiri (naik atau turun yang lebih baik), jadi yang ini diabaikan. Hapus, atau jadikan metriknya `type: custom`.',

  'term.the.journeyMap': 'journey map ini',
  'term.the.stage': 'tahap',
  'term.the.touchpoint': 'touchpoint',
  'term.the.persona': 'persona',
  'term.the.personaList': 'daftar persona',
  'term.the.painPoint': 'pain point',
  'term.the.opportunity': 'peluang perbaikan (opportunity)',
  'term.the.metric': 'metrik',
  'term.the.surveyResponses': 'hasil survei (responses)',
  'term.the.emotionScores': 'skor emosi',
  'term.the.field': '`{name}`',
  'term.has.journeyMap': 'journey map',
  'term.has.stage': 'tahap',
  'term.has.touchpoint': 'touchpoint',
  'term.has.persona': 'persona',
  'term.has.personaList': 'daftar persona',
  'term.has.painPoint': 'pain point',
  'term.has.opportunity': 'opportunity',
  'term.has.metric': 'metrik',
  'term.has.surveyResponses': 'hasil survei',
  'term.has.emotionScores': 'skor emosi',
  'term.has.field': '`{name}`',
  'term.every.journeyMap': 'setiap journey map',
  'term.every.stage': 'setiap tahap',
  'term.every.touchpoint': 'setiap touchpoint',
  'term.every.persona': 'setiap persona',
  'term.every.personaList': 'setiap daftar persona',
  'term.every.painPoint': 'setiap pain point',
  'term.every.opportunity': 'setiap opportunity',
  'term.every.metric': 'setiap metrik',
  'term.every.surveyResponses': 'setiap hasil survei',
  'term.every.emotionScores': 'setiap skor emosi',
  'term.every.field': 'setiap `{name}`',
  'term.labelled': '{object} “{label}”',
  'term.type.string': 'teks',
  'term.type.integer': 'bilangan bulat',
  'term.type.number': 'angka',
  'term.type.boolean': '`true` atau `false`',
  'term.type.object': 'baris-baris `key: value`',
  'term.type.array': 'list (`[a, b]` atau baris yang diawali `-`)',
  'term.type.null': 'kosong',
  'term.or': '{first} atau {second}',
  'term.value.nothing': 'kosong',
  'term.value.list': 'list',
  'term.value.mapping': 'baris-baris `key: value`',
  'term.topLevel.list': 'list (baris yang diawali `-`)',
  'term.topLevel.single': 'satu nilai saja',
  'term.label.channel': 'channel',
  'term.label.kind': 'jenis tahap',
  'term.label.type': 'jenis metrik',
  'term.label.severity': 'tingkat keparahan pain point',
  'term.label.status': 'status opportunity',
  'term.label.scale': 'skala CSAT',
  'term.label.valueFor': 'nilai untuk `{key}`',
  'term.kind.persona': 'persona',
  'term.kind.stage': 'tahap',
  'term.kind.touchpoint': 'touchpoint',
  'term.kind.painPoint': 'pain point',
  'term.kind.opportunity': 'opportunity',
  'term.where.touchpoint': 'Touchpoint ini',
  'term.where.feeling': 'Perasaan (feeling) ini',
  'term.where.opportunity': 'Opportunity ini',
  'term.where.metric': 'Metrik ini',
  'term.where.quote': 'Kutipan ini',
  'term.metric': 'metrik',
  'term.activity.reading': 'membaca map ini',
  'term.activity.metrics': 'menghitung metrik',
  'term.activity.gaps': 'mencari gap',
  'term.schemaDescription': '{text:low}',
};
