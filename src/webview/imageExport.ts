/**
 * Rasterises the standalone SVG to PNG in the page: the page already has the fonts the
 * diagram was measured with, so the PNG matches the preview. The SVG is pure SVG text
 * (no foreignObject), so drawing it does not taint the canvas.
 */
export async function svgToPngBase64(
  svgMarkup: string,
  width: number,
  height: number,
  scale: number,
  type: 'image/png' | 'image/jpeg' = 'image/png',
): Promise<string> {
  const image = new Image();
  image.decoding = 'async';
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The diagram could not be loaded as an image.'));
  });
  // data: rather than blob: so the CSP's img-src needs no extra source.
  image.src = `data:image/svg+xml;base64,${base64FromText(svgMarkup)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This webview cannot draw on a canvas.');
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.drawImage(image, 0, 0, width, height);
  const dataUrl = type === 'image/jpeg' ? canvas.toDataURL(type, 0.92) : canvas.toDataURL(type);
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

function base64FromText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk)
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  return btoa(binary);
}
