/**
 * `bytes` cryptographically random bytes as hex. Web Crypto's getRandomValues rather than
 * node:crypto's randomBytes: the global is loaded on first use, while importing node:crypto
 * (and the node:stream it pulls in) costs every CPI process milliseconds at start, also the
 * many calls that never need a random number.
 */
export function randomHex(bytes: number): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}
