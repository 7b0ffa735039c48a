/**
 * Indonesian finding messages, keyed `code.messageId` (the message ids each gap rule declares
 * in its `messages`, fix titles and related places included). test/unit/l10n checks that every
 * declared message has its entry here, with the same `{placeholders}`.
 */
import type { Message } from '../format';

export const findingMessagesId: Readonly<Record<string, Message>> = {
  'JM201.noOpportunity':
    'Pain point {id} di “{touchpoint}” belum punya peluang perbaikan yang menanganinya. Tambahkan opportunity dengan `addresses: [{id}]` dan penanggung jawabnya.',
  'JM201.addOpportunity': 'Tambahkan opportunity yang menangani {id}',
  'JM202.noOwner':
    'Opportunity di “{touchpoint}” ini belum punya penanggung jawab: tulis tim yang akan mengerjakannya (`owner:`).',
  'JM202.addOwner': 'Tambahkan placeholder penanggung jawab',
  'JM203.noTouchpoints':
    'Tahap “{stage}” belum punya touchpoint. Tambahkan titik-titik interaksi pelanggan dengan brand di tahap ini, atau hapus tahapnya.',
  'JM204.noEmotion':
    'Touchpoint “{touchpoint}” belum mencatat emosi: catat perasaan pelanggan di sini, dari 1 (sangat negatif) sampai 5 (sangat positif), misalnya `emotion: 3`.',
  'JM205.valley':
    'Emosi turun dari {from} ke {to} antara “{fromTouchpoint}” dan “{toTouchpoint}”: ini lembah emosi (emotional valley). Cari tahu apa yang salah di “{toTouchpoint}”, lalu catat pain point-nya dan peluang perbaikan yang bisa meredam penurunannya.',
  'JM205.valleyFor':
    'Emosi {personas} turun dari {from} ke {to} antara “{fromTouchpoint}” dan “{toTouchpoint}”: ini lembah emosi (emotional valley). Cari tahu apa yang salah di “{toTouchpoint}”, lalu catat pain point-nya dan peluang perbaikan yang bisa meredam penurunannya.',
  'JM205.before': 'Emosi sebelum turun: {score}',
  'JM206.negative':
    '“{touchpoint}” adalah moment of truth, dan di sini pelanggan hanya merasa {score} dari 5. Momen inilah yang menentukan persepsi pelanggan terhadap brand: jadikan prioritas, lengkap dengan pain point-nya dan opportunity yang punya penanggung jawab.',
  'JM206.negativeFor':
    '“{touchpoint}” adalah moment of truth, dan di sini {persona} hanya merasa {score} dari 5. Momen inilah yang menentukan persepsi pelanggan terhadap brand: jadikan prioritas, lengkap dengan pain point-nya dan opportunity yang punya penanggung jawab.',
  'JM206.markedHere': 'Ditandai sebagai moment of truth di sini',
  'JM207.missing':
    'Belum ada tahap dengan `kind: retention`: customer journey berhenti di penjualan dan melewatkan tahap ketika kepuasan terbentuk (pengiriman, pemakaian, layanan purna jual). Kalau sudah ada tahap yang mencakupnya, tambahkan `kind: retention` di tahap itu; kalau belum, tambahkan tahap Retention.',
  'JM207.addStage': 'Tambahkan tahap Retention di akhir',
  'JM208.missing':
    'Belum ada tahap dengan `kind: advocacy`: journey map belum menunjukkan bagaimana pelanggan membeli lagi, mereferensikan, atau merekomendasikan brand. Kalau sudah ada tahap yang mencakupnya, tambahkan `kind: advocacy` di tahap itu; kalau belum, tambahkan tahap Advocacy.',
  'JM208.addStage': 'Tambahkan tahap Advocacy di akhir',
  'JM209.singleChannel':
    'Semua touchpoint di tahap “{stage}” memakai channel yang sama ({channel}). Pelanggan yang lebih suka channel lain tidak punya jalan di tahap ini: pertimbangkan untuk menambah channel.',
  'JM210.allTrue':
    'Semua {count} touchpoint yang mencatat `digital` bersifat digital; tidak ada yang fisik. Periksa apakah ada momen fisik yang terlewat dari journey map (misalnya pengiriman, kunjungan ke toko, atau website).',
  'JM210.allFalse':
    'Semua {count} touchpoint yang mencatat `digital` bersifat fisik; tidak ada yang digital. Periksa apakah ada momen digital yang terlewat dari journey map (misalnya pengiriman, kunjungan ke toko, atau website).',
  'JM211.allTrue':
    'Semua {count} touchpoint yang mencatat `automated` berjalan otomatis; tidak ada yang dilayani manusia. Periksa apakah pelanggan butuh touchpoint yang dilayani orang (chat, telepon, toko) saat ada masalah.',
  'JM211.allFalse':
    'Semua {count} touchpoint yang mencatat `automated` dilayani manusia; tidak ada yang otomatis. Periksa apakah pelanggan butuh touchpoint otomatis (notifikasi, layanan mandiri).',
  'JM212.noOwner':
    'Touchpoint “{touchpoint}” belum punya penanggung jawab: tulis tim yang bertanggung jawab (`owner:`).',
  'JM212.addOwner': 'Tambahkan placeholder penanggung jawab',
  'JM213.atTouchpoint':
    '{metric} di touchpoint “{touchpoint}” belum mencapai target: {score}. Tambahkan opportunity dengan penanggung jawab untuk menutup gap-nya, atau tinjau ulang targetnya.',
  'JM213.atStage':
    '{metric} di tahap “{stage}” belum mencapai target: {score}. Tambahkan opportunity dengan penanggung jawab untuk menutup gap-nya, atau tinjau ulang targetnya.',
  'JM213.target': 'Target: {target}',
  'JM214.noMetrics':
    'Belum ada yang diukur di tahap “{stage}”: tambahkan metrik (misalnya CSAT, NPS, atau CES beserta targetnya) di tahap ini atau di salah satu touchpoint-nya.',
  'JM215.unused':
    'Persona {persona} tidak muncul di touchpoint mana pun. Tambahkan ke `personas` di touchpoint yang dilaluinya, atau hapus dari journey map.',
  'JM216.notReviewed':
    'Journey map ini tidak mencatat kapan terakhir ditinjau: tambahkan `reviewed: YYYY-MM-DD` setelah mencocokkannya dengan pelanggan sungguhan.',
  'JM216.stale':
    'Journey map ini terakhir ditinjau pada {reviewed}, {age} hari yang lalu (lebih dari {maxAgeDays}). Telusuri lagi customer journey-nya bersama pelanggan sungguhan, perbarui yang berubah, termasuk tanggal `reviewed`.',
  'JM216.markReviewed': 'Tandai sudah ditinjau hari ini ({today})',
  'JM217.silent':
    'Persona {persona} tidak muncul di touchpoint mana pun selama {count} tahap berturut-turut (“{first}” sampai “{last}”). Tambahkan touchpoint yang dilalui persona ini di sana, atau tunjukkan di mana dan mengapa ia keluar dari customer journey.',
  'JM217.firstStage': 'Tahap pertama tanpa {persona}',
  'JM217.lastStage': 'Tahap terakhir tanpa {persona}',
  'JM206.negativeForSeveral':
    '“{touchpoint}” adalah moment of truth dan beberapa persona merasa buruk di sini: {scores}. Momen ini menentukan persepsi pelanggan terhadap brand: jadikan prioritas, catat pain point-nya dan peluang perbaikan yang punya penanggung jawab.',
  'JM218.noPainPoint':
    '“{touchpoint}” bernilai {score} dari 5 tetapi tidak mencatat pain point. Apa yang tidak berjalan baik bagi pelanggan di sini? Catat di `painPoints` agar ada peluang perbaikan yang bisa menanganinya.',
  'JM218.noPainPointFor':
    '“{touchpoint}” bernilai {score} dari 5 untuk {personas} tetapi tidak mencatat pain point. Apa yang tidak berjalan baik bagi mereka di sini? Catat di `painPoints` agar ada peluang perbaikan yang bisa menanganinya.',
  'JM219.inconsistent':
    '“{touchpoint}” mencatat pain point “{painPoint}”, padahal pelanggan merasa {score} dari 5 di sini. Salah satunya kemungkinan keliru: turunkan nilai emosinya, atau pindahkan pain point ke touchpoint yang memang bermasalah.',
  'JM219.emotionHere': 'Emosi yang dicatat di sini',
  'JM220.noEvidence':
    '“{touchpoint}” adalah moment of truth, tetapi journey map ini tidak menyebutkan dari mana kita tahu apa yang terjadi di sini. Tambahkan `evidence` (wawancara, survei, tiket keluhan, analitik, atau observasi) pada touchpoint atau pain point-nya, atau ukur dengan metrik.',
  'JM220.onlyAssumption':
    '“{touchpoint}” adalah moment of truth yang hanya berdasar asumsi. Uji dengan pelanggan (wawancara, survei, tiket keluhan, analitik, atau observasi) dan catat buktinya.',
  'JM221.onlyIdeas':
    'Pain point {id} di “{touchpoint}” tingkat keparahannya tinggi, tetapi baru ditangani oleh ide (status `idea`, atau tanpa status). Rencanakan salah satunya (`status: planned`) dengan penanggung jawab, atau turunkan tingkat keparahannya.',
  'JM221.onlyIdeasBelowTarget':
    'Pain point {id} di “{touchpoint}” tingkat keparahannya tinggi dan {metric} sudah meleset dari target, tetapi baru ditangani oleh ide. Rencanakan salah satunya (`status: planned`) dengan penanggung jawab: di sinilah pelanggan hilang.',
  'JM221.idea': 'Baru ditangani oleh ide ini',
  'JM222.missing':
    '“{touchpoint}” sudah dinilai untuk {scored} tetapi belum untuk {missing}, padahal touchpoint ini juga menyangkut mereka. Tambahkan nilainya, atau cantumkan di `personas` hanya persona yang terkait.',
  'JM223.onlyAssumptions':
    'Semua yang dicatat di tahap “{stage}” berdasar asumsi ({count} bertanda `assumption`, belum ada yang diamati). Uji dengan pelanggan (wawancara, survei, tiket keluhan, analitik, atau observasi) sebelum bertindak.',
};
