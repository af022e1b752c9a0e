/** Web Crypto as Node 20, browsers and workers all provide it; read via globalThis so the core needs no DOM types. */
interface WebCrypto {
  randomUUID?(): string;
  getRandomValues(array: Uint8Array): Uint8Array;
}

function webCrypto(): WebCrypto {
  const found = (globalThis as { crypto?: WebCrypto }).crypto;
  if (!found) throw new Error('Web Crypto (globalThis.crypto) is not available');
  return found;
}

/** A random version-4 UUID: 122 random bits, so two people tagging at once never collide. */
export function newAnnotationId(): string {
  const cryptoApi = webCrypto();
  if (cryptoApi.randomUUID) return cryptoApi.randomUUID();
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
