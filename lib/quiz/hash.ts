/**
 * Stable content hashes. A saved answer is kept only while its question's hash
 * is unchanged, so the hash must not depend on key order or white space in the
 * bank file, only on what the question says.
 */

/** JSON with object keys sorted at every depth; arrays keep their order (it is meaningful). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * cyrb53: a fast 53-bit string hash. Not cryptographic (nothing here is
 * secret); 53 bits make an accidental collision between two versions of one
 * question negligible, and it runs synchronously in the browser and at build.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The hash saved with an answer: base 36 of cyrb53 over the canonical JSON. */
export function contentHash(value: unknown): string {
  return hash53(canonicalJson(value)).toString(36);
}
