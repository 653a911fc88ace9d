import { encodeAscii, putBothEndian32 } from './isoFields.js';

/**
 * System Use Sharing Protocol (SUSP 1.10) and Rock Ridge (RRIP 1.10, "RRIP_1991A") entries. They
 * live in the System Use field at the end of directory records of the primary tree, and give
 * POSIX readers (Linux isofs) exact names and modes without touching what plain ISO readers see.
 * Each entry is: two signature letters, total length, entry version (1), then its data.
 */
function suspEntry(signature: string, data: Uint8Array): Uint8Array {
  const entry = new Uint8Array(4 + data.length);
  entry.set(encodeAscii(signature), 0);
  entry[2] = entry.length;
  entry[3] = 1;
  entry.set(data, 4);
  return entry;
}

/**
 * SUSP "SP": first entry of the root's "." record; announces SUSP on this volume. The check bytes
 * BE EF are fixed; the last byte says no bytes are skipped before entries in other records.
 */
export function sharingProtocolIndicator(): Uint8Array {
  return suspEntry('SP', Uint8Array.of(0xbe, 0xef, 0));
}

/**
 * SUSP "CE": the rest of this record's entries sit at `offset` in sector `extent`. Needed because
 * the "ER" entry alone is longer than the space left in the root's "." record (255 bytes max).
 */
export function continuationArea(extent: number, offset: number, length: number): Uint8Array {
  const data = new Uint8Array(24);
  putBothEndian32(data, 0, extent);
  putBothEndian32(data, 8, offset);
  putBothEndian32(data, 16, length);
  return suspEntry('CE', data);
}

// RRIP 1.10 §4.3: the identifier, description and source text that name the extension in use.
const RRIP_ID = 'RRIP_1991A';
const RRIP_DESCRIPTOR = 'THE ROCK RIDGE INTERCHANGE PROTOCOL PROVIDES SUPPORT FOR POSIX FILE SYSTEM SEMANTICS';
const RRIP_SOURCE =
  'PLEASE CONTACT DISC PUBLISHER FOR SPECIFICATION SOURCE.  ' +
  'SEE PUBLISHER IDENTIFIER IN PRIMARY VOLUME DESCRIPTOR FOR CONTACT INFORMATION.';

/**
 * SUSP "ER": declares that the volume uses Rock Ridge. Linux only prefers Rock Ridge names over
 * Joliet ones when it finds this entry in the root's "." record (or its continuation area).
 */
export function extensionReference(): Uint8Array {
  const [id, descriptor, source] = [RRIP_ID, RRIP_DESCRIPTOR, RRIP_SOURCE].map(encodeAscii) as [Uint8Array, Uint8Array, Uint8Array];
  const data = new Uint8Array(4 + id.length + descriptor.length + source.length);
  data.set([id.length, descriptor.length, source.length, 1], 0);
  data.set(id, 4);
  data.set(descriptor, 4 + id.length);
  data.set(source, 4 + id.length + descriptor.length);
  return suspEntry('ER', data);
}

/** RRIP "RR" flag bits: which Rock Ridge entries this record carries. */
export const RockRidgeFlag = { posixAttributes: 0x01, alternateName: 0x08 } as const;

/**
 * RRIP 1.09 "RR": lists the Rock Ridge entries present. Deprecated in later revisions but still
 * written by common tools, so readers that look for it find it. Linux stops reading a record's
 * entries when this lists none of PX/TF/SL/CL, so every record that has one also has a PX.
 */
export function rockRidgeFlags(flags: number): Uint8Array {
  return suspEntry('RR', Uint8Array.of(flags));
}

/** RRIP "PX": POSIX mode, link count, owner and group (RRIP 1.10 length: no inode number). */
export function posixAttributes(mode: number, links: number): Uint8Array {
  const data = new Uint8Array(32);
  putBothEndian32(data, 0, mode);
  putBothEndian32(data, 8, links);
  putBothEndian32(data, 16, 0); // uid root
  putBothEndian32(data, 24, 0); // gid root
  return suspEntry('PX', data);
}

/** RRIP "NM": the real name of the entry (flags byte 0: complete, not "." or ".."). */
export function alternateName(name: string): Uint8Array {
  const bytes = new TextEncoder().encode(name);
  const data = new Uint8Array(1 + bytes.length);
  data.set(bytes, 1);
  return suspEntry('NM', data);
}
