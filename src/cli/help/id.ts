/**
 * The command line's help in Indonesian (`--lang id`, or LANG=id_ID…). Same options, same
 * examples as the English help next to each command; test/cli/language.test.ts checks that every
 * option the English help lists is here too.
 */
export const helpId = {
  main: `Pemakaian: journey-map <perintah> [opsi]

Customer journey map sebagai kode: periksa file .journey.yaml, gambar, dan tinjau perubahannya.

Perintah:
  check <file|folder|glob…>      validasi map dan laporkan gap-nya (text, json, sarif, github)
  render <file>                  gambar satu map sebagai mermaid, markdown, svg atau png
  export <folder|file…>          gambar semua map dalam satu atau beberapa format, dengan satu browser
  diff <lama> <baru>             apa yang berubah di antara dua versi (markdown atau json)
  diff --git <rev> <file>        … antara sebuah file dan versinya di revisi git
  lsp --stdio                    language server, untuk Neovim, Helix, dan editor LSP lainnya

Opsi:
  -h, --help      tampilkan bantuan ini (atau bantuan perintah: journey-map check --help)
  -v, --version   tampilkan versi
      --lang <l>  en atau id: bahasa temuan, ringkasan, dan Markdown (bawaan: dari LC_ALL,
                  LC_MESSAGES atau LANG, selain itu en; \`language:\` di map menentukan bahasa ekspornya)

Kode keluar: 0 berhasil; 1 map punya error (atau terlalu banyak peringatan); 2 pemakaian
salah atau input tidak terbaca. Dokumentasi: docs/cli.md.
`,
  check: `Pemakaian: journey-map check <file|folder|glob…> [opsi]

Memvalidasi journey map dan melaporkan gap-nya. Folder ditelusuri secara rekursif untuk
*.journey.yaml dan *.journey.yml (node_modules dan .git dilewati, begitu pula path yang
cocok dengan pola gaya gitignore di .journeymapignore terdekat; file atau folder yang
disebut langsung di command line selalu diperiksa).

\`-\` memeriksa standard input (format-on-save di editor, pre-commit hook); beri namanya
dengan --stdin-filename untuk pesan dan pencarian konfigurasi.

Opsi:
  -f, --format <format>   text (bawaan), json, sarif atau github
      --stdin-filename <path>
                          path yang diwakili standard input (\`check -\`): ditampilkan di
                          pesan, dan konfigurasi dicari mulai dari foldernya
      --max-warnings <n>  gagal (keluar 1) bila ada lebih dari n peringatan
  -c, --config <file>     konfigurasi aturan (bawaan: .journeymaprc.json terdekat di
                          folder kerja atau salah satu folder induknya)
  -q, --quiet             laporkan error saja
      --no-ignore         periksa juga map yang dikecualikan .journeymapignore
  -h, --help              tampilkan bantuan ini

Kode keluar:
  0  tidak ada error, dan peringatan tidak melebihi --max-warnings
  1  ada error, atau terlalu banyak peringatan
  2  pemakaian salah, file tidak ada atau tidak terbaca, folder tanpa map, konfigurasi tidak valid

Contoh:
  journey-map check .
  cat delivery.journey.yaml | journey-map check - --stdin-filename maps/delivery.journey.yaml
  journey-map check "maps/**/*.journey.yaml" --max-warnings 0
  journey-map check . --format sarif > journey-map.sarif
`,
  diff: `Pemakaian: journey-map diff <file-lama> <file-baru> [opsi]
           journey-map diff --git <revisi> <file> [opsi]

Merangkum apa yang berubah di antara dua versi journey map: tahap dan touchpoint yang
ditambah, dihapus, diganti nama atau dipindah, perubahan emosi, pain point yang muncul dan
yang teratasi, peluang perbaikan, penanggung jawab, pergerakan metrik, dan perubahan jumlah gap.

Opsi:
  -g, --git <revisi>      bandingkan <file> dengan versinya di sebuah revisi git
                          (misalnya HEAD, main, origin/main, id commit)
  -f, --format <format>   markdown (bawaan) atau json
  -c, --config <file>     konfigurasi aturan (jumlah gap bergantung padanya)
  -h, --help              tampilkan bantuan ini

Kode keluar: 0 berhasil dibandingkan (ada perubahan atau tidak); 1 salah satu versi punya error;
2 pemakaian salah, file tidak ada, bukan repositori git, revisi tidak ada, file tidak ada di revisi itu.

Contoh:
  journey-map diff old/delivery.journey.yaml maps/delivery.journey.yaml
  journey-map diff --git origin/main maps/delivery.journey.yaml > diff.md
`,
  export: `Pemakaian: journey-map export <folder|file|glob…> [opsi]

Menggambar setiap journey map yang ditemukan (folder ditelusuri secara rekursif) dalam satu
atau beberapa format, dengan satu browser untuk seluruh batch.

Opsi:
  -f, --format <daftar>   dipisah koma: svg, png, markdown, mermaid (bawaan: svg);
                          dengan --view canvas: svg, png, pdf
      --view <tampilan>   mermaid (bawaan) atau canvas (seluruh map sebagai kolom tahap × lajur)
      --page <ukuran>     a4, a3, letter atau 16:9: membagi png/pdf canvas per halaman (png: <map>-1.png, <map>-2.png …)
  -o, --output <folder>   tempat menulis; struktur folder map dipertahankan di bawahnya
                          (bawaan: di samping setiap map). Nama file <map>.svg, <map>.png,
                          <map>.md, <map>.mmd, misalnya delivery.journey.yaml → delivery.svg;
                          canvas: <map>.map.svg, .map.png, .map.pdf (sama seperti nama dari editor)
  -p, --persona <id>      hanya touchpoint persona ini (map tanpa persona itu dilewati)
  -t, --theme <tema>      light (bawaan) atau dark
      --browser <path>    Chromium, Chrome atau Edge yang dipakai untuk menggambar
  -c, --config <file>     konfigurasi aturan untuk tabel gap di markdown
      --no-ignore         gambar juga map yang dikecualikan .journeymapignore
      --force             timpa file output yang sudah ada (tidak pernah map input)
  -h, --help              tampilkan bantuan ini

Sebelum menggambar, setiap output diperiksa: tidak boleh berupa map input (termasuk lewat link),
dua map tidak boleh menulis file yang sama, dan file yang sudah ada hanya ditimpa dengan --force;
setiap bentrokan disebutkan dan tidak ada yang ditulis (keluar 2). File ditulis secara atomik
(file sementara di folder yang sama, lalu diganti nama). Progres ditampilkan di standard error.
Kode keluar: 0 semua tertulis; 1 ada map yang punya error atau terlalu besar untuk digambar (yang
lain tetap ditulis); 2 pemakaian salah, file tidak ada atau tidak terbaca, folder tanpa map, tidak
ada browser, bentrokan output, file yang tidak bisa ditulis, SVG yang tidak well-formed.

Contoh:
  journey-map export maps --format svg,png,markdown -o site/journeys
`,
  lsp: `Pemakaian: journey-map lsp --stdio

Menjalankan language server journey-map di standard input dan output, untuk editor yang
memakai Language Server Protocol (Neovim, Helix, Zed, Emacs…): diagnostik, completion,
hover, outline, go to definition, referensi, rename, quick fix dan folding untuk file
*.journey.yaml. Pengaturan datang dari client (workspace/configuration, bagian
"journeyMap", atau initializationOptions { "journeyMap": { "rules": …, "validationDelay": … } })
dan dari .journeymaprc.json terdekat di atas setiap map. README.md menunjukkan cara setup editornya.

Opsi:
  --stdio       berkomunikasi LSP lewat standard input/output (satu-satunya transport)
  -h, --help    tampilkan bantuan ini
`,
  render: `Pemakaian: journey-map render <file|-> [opsi]
           journey-map render <folder> --format <format> [-o <folder-output>]   (sama dengan export)

Menggambar sebuah journey map.

Opsi:
  -f, --format <format>   mermaid (bawaan), markdown, svg atau png; dengan --view canvas: svg, png atau pdf
      --view <tampilan>   mermaid (bawaan): diagram journey Mermaid;
                          canvas: seluruh map sebagai kolom tahap × lajur (tanpa browser)
      --page <ukuran>     a4, a3, letter atau 16:9 (landscape): membagi png/pdf canvas per halaman,
                          dipotong di antara tahap, teks minimal 9 pt; png berhalaman menulis <out>-1.png, <out>-2.png …
  -o, --output <file>     tulis ke file, bukan ke standard output (\`-\`: standard output;
                          wajib untuk png dan pdf di terminal). Tidak pernah map input; file yang
                          sudah ada hanya dengan --force. Ditulis secara atomik (file sementara, ganti nama).
      --force             timpa file output yang sudah ada
      --stdin-filename <path>
                          path yang diwakili standard input (\`render -\`): ditampilkan di
                          pesan, dan konfigurasi dicari mulai dari foldernya
  -p, --persona <id>      hanya touchpoint persona ini, dengan skor emosinya sendiri
  -t, --theme <tema>      light (bawaan) atau dark (svg, png, pdf)
      --browser <path>    Chromium, Chrome atau Edge untuk menggambar svg dan png
                          (bawaan: $CHROME_PATH, lalu chromium/google-chrome di PATH)
  -c, --config <file>     konfigurasi aturan untuk tabel gap di markdown
  -h, --help              tampilkan bantuan ini

Dengan --view mermaid, svg dan png digambar oleh Mermaid di Chromium headless, sama persis dengan
preview di editor. Dengan --view canvas, svg, png dan pdf digambar tanpa browser.

Kode keluar: 0 tertulis; 1 map punya error atau terlalu besar untuk digambar; 2 pemakaian salah, file tidak ada, tidak ada browser.

Contoh:
  journey-map render maps/delivery.journey.yaml --format svg -o delivery.svg
  journey-map render maps/delivery.journey.yaml --format png --theme dark -o delivery.png
  journey-map render maps/delivery.journey.yaml --format markdown --persona rina
  journey-map render maps/delivery.journey.yaml --view canvas --format pdf --page a3 -o delivery.pdf
`,
} as const;

export type HelpTopic = keyof typeof helpId;
