import { type ByteOrder, putUint16, putUint32 } from './isoFields.js';

export interface PathTableEntry {
  /** 0x00 for the root, else the directory identifier as it appears in its directory record. */
  readonly identifier: Uint8Array;
  readonly extent: number;
  /** 1-based number of the parent in the same table; the root is its own parent. */
  readonly parentNumber: number;
}

/**
 * ECMA-119 §9.4: a flat list of every directory, so a reader can reach any directory without
 * walking the tree. Entries must already be in table order (by level, then parent number, then
 * identifier). The volume carries one copy little-endian ("L") and one big-endian ("M").
 */
export function pathTable(entries: readonly PathTableEntry[], order: ByteOrder): Uint8Array {
  const size = pathTableSize(entries);
  const table = new Uint8Array(size);
  let offset = 0;
  for (const entry of entries) {
    table[offset] = entry.identifier.length;
    table[offset + 1] = 0; // no extended attribute record
    putUint32(table, offset + 2, entry.extent, order);
    putUint16(table, offset + 6, entry.parentNumber, order);
    table.set(entry.identifier, offset + 8);
    // Entries start at even offsets: odd-length identifiers are followed by a pad byte.
    offset += 8 + entry.identifier.length + (entry.identifier.length % 2);
  }
  return table;
}

export function pathTableSize(entries: readonly Pick<PathTableEntry, 'identifier'>[]): number {
  return entries.reduce((total, entry) => total + 8 + entry.identifier.length + (entry.identifier.length % 2), 0);
}
