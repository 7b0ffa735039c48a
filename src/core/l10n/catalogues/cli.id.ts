/**
 * The command line's words in Indonesian (keys: cli.en.ts). Short, as a terminal line should be;
 * option names, file names, commands and codes stay as they are typed.
 */
import type { Message } from '../format';
import type { cliEn } from './cli.en';

export const cliId: Readonly<Record<keyof typeof cliEn, Message>> = {
  'cli.unknownOption': 'Opsi tidak dikenal: {option}',
  'cli.unknownCommand': 'Perintah tidak dikenal: "{command}"',
  'cli.hint.commands': 'Perintah: check, render, export, diff, lsp. Jalankan `journey-map --help` untuk info lengkap.',
  'cli.hint.commandHelp': 'Jalankan `journey-map {command} --help` untuk melihat opsinya.',
  'cli.option.needsValue': 'Opsi {option} perlu diisi nilainya',
  'cli.option.invalid': 'Nilai {option} tidak valid: "{value}" (seharusnya {expected})',
  'cli.option.expected.wholeNumber': 'bilangan bulat, 0 atau lebih',
  'cli.option.expected.date': 'tanggal seperti 2026-10-01',

  'cli.file.notRegular': '{path}: {reason}; journey map harus berupa file',
  'cli.file.notRegularReason': 'bukan file biasa',
  'cli.file.noSpace': '{path}: ruang penyimpanan penuh',
  'cli.file.readOnly': '{path}: sistem file hanya bisa dibaca (read-only)',
  'cli.file.exists': '{path}: sudah ada',
  'cli.file.notFound': '{path}: file atau folder tidak ditemukan',
  'cli.file.permission': '{path}: akses ditolak',
  'cli.file.isFolder': '{path}: ini folder, bukan file',
  'cli.file.notFolder': '{path}: sebagian path ini bukan folder',
  'cli.file.loop':
    '{path}: symbolic link yang menunjuk ke dirinya sendiri (link loop), jadi tidak mengarah ke file apa pun',
  'cli.file.other': '{path}: {reason}',
  'cli.file.danglingLink': '{path}: symbolic link ke file yang tidak ada',
  'cli.files.noMatch': '{path}: tidak ada file yang cocok dengan pola ini',
  'cli.files.folderNamedLikeMap':
    '{path}: ini folder, bukan journey map (untuk memeriksa map di dalamnya, sebut folder tanpa akhiran map)',
  'cli.files.noMaps': '{path}: tidak ada journey map (*.journey.yaml, *.journey.yml) di folder ini',
  'cli.files.noMapsIgnored':
    '{path}: tidak ada journey map (*.journey.yaml, *.journey.yml) di folder ini (atau semuanya diabaikan oleh {ignoreFile})',

  'cli.config.cannotRead': 'File konfigurasi tidak bisa dibaca: {problem}',
  'cli.config.notJson': '{path}: bukan JSON yang valid ({reason})',
  'cli.config.notObject': '{path}: seharusnya berupa objek seperti { "rules": { "stale-review": "off" } }',
  'cli.config.invalidRules': '{path}: konfigurasi rule tidak valid:\n{problems}',

  'cli.check.nameMaps': 'Sebutkan map yang mau diperiksa: file, folder, atau glob (mis. `journey-map check .`).',
  'cli.check.stdinAlone': '`-` (standard input) diperiksa sendiri: jangan sebut path lain bersamanya.',
  'cli.stdinFilename': '--stdin-filename memberi nama standard input: pakai bersama `{command} -`.',
  'cli.render.nameMap': 'Sebutkan map yang mau di-render (atau `-` untuk standard input).',
  'cli.render.oneMap': 'render hanya menerima satu map; untuk beberapa map, pakai `journey-map export <folder>`.',
  'cli.render.binary':
    '{kind} berupa data biner: tulis ke file dengan -o <file.{format}> (atau alihkan standard output).',
  'cli.render.pagedPng': 'PNG berhalaman menghasilkan satu file per halaman: beri nama dengan -o <file.png>.',
  'cli.export.nameMaps': 'Sebutkan folder atau map yang mau diekspor.',
  'cli.export.noFormat': '--format perlu minimal satu dari svg, png, markdown, mermaid',
  'cli.export.notStdout':
    'export menulis satu file per map dan format: -o harus berupa folder, bukan `-` (standard output).',
  'cli.export.hint.renderOne': 'Untuk mencetak satu map, pakai `journey-map render <map> -o -`.',
  'cli.diff.needsTwo': 'diff perlu dua map: <file-lama> <file-baru>, atau --git <revision> <file>.',
  'cli.diff.needsOne': 'diff --git <revision> hanya perlu satu map.',

  'cli.wrote': 'journey-map: menulis {path}',
  'cli.warning': 'journey-map: peringatan: {path}: {message}',
  'cli.export.summary': 'journey-map: menulis {files} dari {maps}{problems}',
  'cli.export.files': '{count} file',
  'cli.export.maps': '{count} map',
  'cli.export.notDrawn': '{count} tidak bisa digambar',
  'cli.export.notRead': '{count} tidak bisa dibaca',
  'cli.export.notWritten': '{count} tidak bisa ditulis',
};
