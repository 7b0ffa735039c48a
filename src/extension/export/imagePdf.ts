/**
 * A one-page PDF holding one JPEG image at its natural size (1 px = 1 pt): the fallback
 * when the canvas has no vector PDF writer. Pure (no Node `Buffer`, no `fs`), so it also
 * runs in the web build. JPEG goes into a PDF as it is (DCTDecode): no re-encoding.
 */
export function jpegToPdf(jpeg: Uint8Array, width: number, height: number, title: string): Uint8Array {
  const encoder = new TextEncoder();
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const { pixelWidth, pixelHeight } = jpegSize(jpeg);
  const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
  const objects: (string | Uint8Array)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>`,
    ],
    [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
    [
      `<< /Type /XObject /Subtype /Image /Width ${pixelWidth} /Height ${pixelHeight} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      jpeg,
      '\nendstream',
    ],
    [`<< /Title ${pdfString(title)} /Producer (Journey Map) >>`],
  ];
  const chunks: Uint8Array[] = [];
  let length = 0;
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  push('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  const offsets: number[] = [];
  objects.forEach((parts, index) => {
    offsets.push(length);
    push(`${index + 1} 0 obj\n`);
    parts.forEach(push);
    push('\nendobj\n');
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  push(
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
  );
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A PDF literal string: ASCII kept, the rest (and the three specials) written as octal escapes of UTF-16BE. */
function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[()\\]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}

/** The pixel size from a JPEG's SOF marker. */
export function jpegSize(jpeg: Uint8Array): { pixelWidth: number; pixelHeight: number } {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('Not a JPEG image.');
  let at = 2;
  while (at + 9 < jpeg.length) {
    if (jpeg[at] !== 0xff) throw new Error('A damaged JPEG image.');
    const marker = jpeg[at + 1]!;
    const size = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame)
      return { pixelHeight: (jpeg[at + 5]! << 8) | jpeg[at + 6]!, pixelWidth: (jpeg[at + 7]! << 8) | jpeg[at + 8]! };
    at += 2 + size;
  }
  throw new Error('A JPEG image without a frame header.');
}

/** Base64 to bytes without Node's Buffer (atob exists in Node ≥ 16 and in browsers). */
export function bytesFromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
