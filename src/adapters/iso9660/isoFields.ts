/**
 * Field encoders for ISO 9660 (ECMA-119 §7). Every multi-byte number on the disc is written in a
 * fixed byte order; most are "both-byte order" fields (the value little-endian, then the same value
 * big-endian) so that a reader on either kind of CPU can use it without swapping.
 */

export const SECTOR_SIZE = 2048;

/** ECMA-119 §7.2.3: a 16-bit value as 4 bytes, little-endian half first. */
export function putBothEndian16(bytes: Uint8Array, offset: number, value: number): void {
  const view = viewOf(bytes);
  view.setUint16(offset, value, true);
  view.setUint16(offset + 2, value, false);
}

/** ECMA-119 §7.3.3: a 32-bit value as 8 bytes, little-endian half first. */
export function putBothEndian32(bytes: Uint8Array, offset: number, value: number): void {
  const view = viewOf(bytes);
  view.setUint32(offset, value, true);
  view.setUint32(offset + 4, value, false);
}

/** Path tables come in two copies, one per byte order (§9.4), so they use single-order fields. */
export type ByteOrder = 'little' | 'big';

export function putUint16(bytes: Uint8Array, offset: number, value: number, order: ByteOrder): void {
  viewOf(bytes).setUint16(offset, value, order === 'little');
}

export function putUint32(bytes: Uint8Array, offset: number, value: number, order: ByteOrder): void {
  viewOf(bytes).setUint32(offset, value, order === 'little');
}

/** Text fields have a fixed width and are padded with spaces (§7.4), never NUL-terminated. */
export function putPaddedAscii(bytes: Uint8Array, offset: number, width: number, text: string): void {
  bytes.fill(0x20, offset, offset + width);
  for (let i = 0; i < Math.min(text.length, width); i++) bytes[offset + i] = text.charCodeAt(i);
}

/** Joliet text fields hold UCS-2 big-endian characters, padded with UCS-2 spaces. */
export function putPaddedUcs2(bytes: Uint8Array, offset: number, width: number, text: string): void {
  for (let i = 0; i + 1 < width; i += 2) {
    const char = i / 2 < text.length ? text.charCodeAt(i / 2) : 0x20;
    bytes[offset + i] = char >> 8;
    bytes[offset + i + 1] = char & 0xff;
  }
}

export function encodeUcs2BigEndian(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  putPaddedUcs2(bytes, 0, bytes.length, text);
  return bytes;
}

export function encodeAscii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

export function sectorsFor(byteLength: number): number {
  return Math.ceil(byteLength / SECTOR_SIZE);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
