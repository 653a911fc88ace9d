import { SECTOR_SIZE, sectorsFor } from './isoFields.js';

/**
 * Packs the records of one directory into whole sectors. A record may not cross a sector boundary
 * (ECMA-119 §6.8.1.1): when the next one does not fit, the rest of the sector stays zero, which
 * readers take as "continue at the next sector". The directory's data length is the whole sectors.
 */
export function directoryExtent(records: readonly Uint8Array[]): Uint8Array {
  const placed: { record: Uint8Array; offset: number }[] = [];
  let offset = 0;
  for (const record of records) {
    const room = SECTOR_SIZE - (offset % SECTOR_SIZE);
    if (record.length > room) offset += room;
    placed.push({ record, offset });
    offset += record.length;
  }
  const extent = new Uint8Array(Math.max(1, sectorsFor(offset)) * SECTOR_SIZE);
  for (const { record, offset: at } of placed) extent.set(record, at);
  return extent;
}
