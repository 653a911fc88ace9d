/**
 * A small, independent ISO 9660 reader for the tests: it walks the image the way a mounting
 * kernel would, under one of three naming views, and is strict where a sloppy writer would slip
 * (both-endian halves that disagree, records that cross a sector, path tables that disagree with
 * the tree). It shares no code with the writer.
 */

const SECTOR = 2048;

export type NamingView = 'iso' | 'rock-ridge' | 'joliet';

export interface PathTableRow {
  readonly name: string;
  readonly extent: number;
  readonly parent: number;
}

export interface ReadImage {
  readonly volumeId: string;
  /** Path → content, paths without a leading slash. */
  readonly files: Map<string, Uint8Array>;
  readonly directories: string[];
  /** Rock Ridge view only: path → POSIX mode from the PX entry. */
  readonly modes: Map<string, number>;
  /** Extension ids declared by ER entries in the root's "." record. */
  readonly extensions: string[];
  readonly littleEndianPathTable: PathTableRow[];
  readonly bigEndianPathTable: PathTableRow[];
  /** Directory path → extent, as found by walking the tree (root is ""). */
  readonly directoryExtents: Map<string, number>;
  /** Rock Ridge view only: the sector the root's "." record continues in, and the root's sector count. */
  readonly rootContinuation?: { readonly sector: number; readonly rootSectors: number };
}

export function readIso9660(image: Uint8Array, view: NamingView): ReadImage {
  const bytes = new DataView(image.buffer, image.byteOffset, image.byteLength);
  const descriptor = findDescriptor(image, view === 'joliet' ? 'joliet' : 'primary');
  const decodeText = view === 'joliet' ? decodeUcs2 : decodeAscii;

  const both32 = (offset: number): number => {
    const little = bytes.getUint32(offset, true);
    if (little !== bytes.getUint32(offset + 4, false)) throw new Error(`both-endian field at ${offset} disagrees`);
    return little;
  };
  const both16 = (offset: number): number => {
    const little = bytes.getUint16(offset, true);
    if (little !== bytes.getUint16(offset + 2, false)) throw new Error(`both-endian field at ${offset} disagrees`);
    return little;
  };

  const volumeId = decodeText(image.subarray(descriptor + 40, descriptor + 72)).trimEnd();
  if (both16(descriptor + 128) !== SECTOR) throw new Error('block size is not 2048');
  if (both32(descriptor + 80) * SECTOR !== image.length) throw new Error('volume space size is not the image size');
  const pathTableSize = both32(descriptor + 132);

  const files = new Map<string, Uint8Array>();
  const directories: string[] = [];
  const modes = new Map<string, number>();
  const extensions: string[] = [];
  const directoryExtents = new Map<string, number>();

  /** Splits a directory's data into records, honouring "zero length = go to next sector". */
  const recordsOf = (extent: number, length: number): number[] => {
    const offsets: number[] = [];
    const start = extent * SECTOR;
    let position = 0;
    while (position < length) {
      const recordLength = image[start + position]!;
      if (recordLength === 0) {
        position = (Math.floor(position / SECTOR) + 1) * SECTOR;
        continue;
      }
      if (Math.floor(position / SECTOR) !== Math.floor((position + recordLength - 1) / SECTOR)) {
        throw new Error(`record at ${start + position} crosses a sector boundary`);
      }
      offsets.push(start + position);
      position += recordLength;
    }
    return offsets;
  };

  /**
   * SUSP entries of a record, following CE continuation areas. Streaming readers read forwards
   * only: libarchive (archive_read_support_format_iso9660.c, `register_CE`) fails with 'Invalid
   * parameter in SUSP "CE" extension' when an area starts before the end of the directory that
   * holds the record (`read_children` has moved past it when it parses the records) or does not
   * end within its sector; this reader is as strict. `directoryEnd` is the first byte after that
   * directory's extent.
   */
  const suspEntriesOf = (record: number, directoryEnd: number): { signature: string; at: number; length: number }[] => {
    const identifierLength = image[record + 32]!;
    let at = record + 33 + identifierLength + (identifierLength % 2 === 0 ? 1 : 0);
    let end = record + image[record]!;
    const entries: { signature: string; at: number; length: number }[] = [];
    for (let guard = 0; guard < 16; guard++) {
      let continuation: { at: number; end: number } | undefined;
      while (end - at >= 4) {
        const length = image[at + 2]!;
        if (length < 4 || at + length > end) throw new Error(`bad SUSP entry length at ${at}`);
        const signature = decodeAscii(image.subarray(at, at + 2));
        if (image[at + 3] !== 1) throw new Error(`SUSP entry ${signature} has version ${image[at + 3]}`);
        entries.push({ signature, at, length });
        if (signature === 'CE') {
          const [sector, offset, areaLength] = [both32(at + 4), both32(at + 12), both32(at + 20)];
          if (sector * SECTOR < directoryEnd) throw new Error(`CE at ${at} points back to sector ${sector}, before its directory ends`);
          if (offset + areaLength > SECTOR) throw new Error(`CE at ${at} describes an area that crosses a sector`);
          continuation = { at: sector * SECTOR + offset, end: sector * SECTOR + offset + areaLength };
        }
        at += length;
      }
      if (continuation === undefined) return entries;
      ({ at, end } = continuation);
    }
    throw new Error('continuation areas loop');
  };

  const nameOf = (record: number, directoryEnd: number): string => {
    const identifier = image.subarray(record + 33, record + 33 + image[record + 32]!);
    if (view === 'iso') return decodeAscii(identifier);
    if (view === 'joliet') return decodeUcs2(identifier);
    const nm = suspEntriesOf(record, directoryEnd).find((entry) => entry.signature === 'NM');
    if (nm === undefined) throw new Error(`record at ${record} has no Rock Ridge NM entry`);
    if (image[nm.at + 4] !== 0) throw new Error('NM entry with flags is not expected');
    return new TextDecoder().decode(image.subarray(nm.at + 5, nm.at + nm.length));
  };

  const modeOf = (record: number, directoryEnd: number): number => {
    const px = suspEntriesOf(record, directoryEnd).find((entry) => entry.signature === 'PX');
    if (px === undefined) throw new Error(`record at ${record} has no Rock Ridge PX entry`);
    return both32(px.at + 4);
  };

  const parentExtents = new Map<number, number>();
  let rootContinuation: ReadImage['rootContinuation'];
  const walk = (extent: number, length: number, path: string, depth: number) => {
    if (depth > 8) throw new Error('directory hierarchy deeper than 8 levels');
    directoryExtents.set(path, extent);
    const [self, parent, ...entries] = recordsOf(extent, length);
    if (self === undefined || image[self + 32] !== 1 || image[self + 33] !== 0) throw new Error(`${path}: no "." record`);
    if (parent === undefined || image[parent + 32] !== 1 || image[parent + 33] !== 1) throw new Error(`${path}: no ".." record`);
    if (both32(self + 2) !== extent) throw new Error(`${path}: "." does not point at its own directory`);
    parentExtents.set(extent, both32(parent + 2));
    const directoryEnd = (extent + Math.ceil(length / SECTOR)) * SECTOR;
    if (view === 'rock-ridge' && path === '') {
      const rootEntries = suspEntriesOf(self, directoryEnd);
      const ce = rootEntries.find((entry) => entry.signature === 'CE');
      if (ce !== undefined) rootContinuation = { sector: both32(ce.at + 4), rootSectors: Math.ceil(length / SECTOR) };
      if (rootEntries[0]?.signature !== 'SP') throw new Error('root "." record does not start with SP');
      for (const er of rootEntries.filter((entry) => entry.signature === 'ER')) {
        extensions.push(decodeAscii(image.subarray(er.at + 8, er.at + 8 + image[er.at + 4]!)));
      }
    }
    for (const record of entries) {
      const name = nameOf(record, directoryEnd);
      const childPath = path === '' ? name : `${path}/${name}`;
      const childExtent = both32(record + 2);
      const childLength = both32(record + 10);
      if (both16(record + 28) !== 1) throw new Error(`${childPath}: volume sequence number is not 1`);
      if (view === 'rock-ridge') modes.set(childPath, modeOf(record, directoryEnd));
      if ((image[record + 25]! & 0x02) !== 0) {
        directories.push(childPath);
        walk(childExtent, childLength, childPath, depth + 1);
      } else {
        if (files.has(childPath)) throw new Error(`${childPath}: listed twice`);
        files.set(childPath, image.slice(childExtent * SECTOR, childExtent * SECTOR + childLength));
      }
    }
  };
  const root = descriptor + 156;
  walk(both32(root + 2), both32(root + 10), '', 1);

  const readPathTable = (sector: number, littleEndian: boolean): PathTableRow[] => {
    const rows: PathTableRow[] = [];
    let at = sector * SECTOR;
    const end = at + pathTableSize;
    while (at < end) {
      const identifierLength = image[at]!;
      rows.push({
        name: decodeText(image.subarray(at + 8, at + 8 + identifierLength)),
        extent: bytes.getUint32(at + 2, littleEndian),
        parent: bytes.getUint16(at + 6, littleEndian),
      });
      at += 8 + identifierLength + (identifierLength % 2);
    }
    return rows;
  };

  const littleEndianPathTable = readPathTable(bytes.getUint32(descriptor + 140, true), true);
  const bigEndianPathTable = readPathTable(bytes.getUint32(descriptor + 148, false), false);
  checkPathTable(littleEndianPathTable, parentExtents);
  checkPathTable(bigEndianPathTable, parentExtents);
  return {
    volumeId,
    files,
    directories,
    modes,
    extensions,
    littleEndianPathTable,
    bigEndianPathTable,
    directoryExtents,
    ...(rootContinuation && { rootContinuation }),
  };
}

/** Every directory exactly once, parents before children, each row's parent the tree's parent. */
function checkPathTable(rows: readonly PathTableRow[], parentExtents: ReadonlyMap<number, number>): void {
  if (rows.length !== parentExtents.size) throw new Error(`path table lists ${rows.length} of ${parentExtents.size} directories`);
  rows.forEach((row, index) => {
    const parent = rows[row.parent - 1];
    if (parent === undefined || row.parent > index + 1) throw new Error(`path table row ${index + 1} has parent ${row.parent}`);
    if (index > 0 && row.parent < rows[index - 1]!.parent) throw new Error('path table is not ordered by parent number');
    if (parentExtents.get(row.extent) !== parent.extent) throw new Error(`path table row ${index + 1} disagrees with the tree`);
  });
}

function findDescriptor(image: Uint8Array, kind: 'primary' | 'joliet'): number {
  for (let sector = 16; (sector + 1) * SECTOR <= image.length; sector++) {
    const at = sector * SECTOR;
    if (decodeAscii(image.subarray(at + 1, at + 6)) !== 'CD001') throw new Error(`sector ${sector} is not a volume descriptor`);
    const type = image[at]!;
    if (type === 255) break;
    if (kind === 'primary' && type === 1) return at;
    const escapeSequence = decodeAscii(image.subarray(at + 88, at + 91));
    if (kind === 'joliet' && type === 2 && ['%/@', '%/C', '%/E'].includes(escapeSequence)) return at;
  }
  throw new Error(`no ${kind} volume descriptor`);
}

function decodeAscii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

function decodeUcs2(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
  return text;
}
