/** Base64 to bytes without Node's Buffer (atob exists in Node ≥ 16 and in browsers): the web build runs this too. */
export function bytesFromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
