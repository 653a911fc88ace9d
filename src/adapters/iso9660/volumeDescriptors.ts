import { volumeDescriptorDate } from './isoDates.js';
import { SECTOR_SIZE, encodeAscii, putBothEndian16, putBothEndian32, putPaddedAscii, putPaddedUcs2, putUint32 } from './isoFields.js';

export interface VolumeDescriptorFields {
  readonly volumeId: string;
  /** Total sectors of the image. */
  readonly volumeSpaceSize: number;
  readonly pathTableSize: number;
  readonly littleEndianPathTableSector: number;
  readonly bigEndianPathTableSector: number;
  /** The 34-byte directory record of this tree's root. */
  readonly rootRecord: Uint8Array;
  readonly recordedAt: Date;
}

const APPLICATION_ID = 'BOSH-LIBVIRT-CPI';
const STANDARD_ID = encodeAscii('CD001');

/**
 * ECMA-119 §8.4, the primary volume descriptor (sector 16): the plain ISO 9660 tree, which also
 * carries the Rock Ridge entries. Its volume identifier is what blkid reports as the label (and
 * udev links under /dev/disk/by-label/); it is written as given, lower case included, because the
 * OpenStack stemcell's agent looks for the label "config-2".
 */
export function primaryVolumeDescriptor(fields: VolumeDescriptorFields): Uint8Array {
  return volumeDescriptor(1, fields, putPaddedAscii);
}

/**
 * Joliet's supplementary volume descriptor (type 2): a second, complete directory tree whose
 * names are UCS-2 big-endian, announced by the escape sequence "%/E" (UCS-2 level 3). Readers
 * without Rock Ridge (or with it disabled) see the real names through it.
 */
export function jolietVolumeDescriptor(fields: VolumeDescriptorFields): Uint8Array {
  const descriptor = volumeDescriptor(2, fields, putPaddedUcs2);
  descriptor.set(encodeAscii('%/E'), 88);
  return descriptor;
}

/** ECMA-119 §8.3: ends the list of volume descriptors. */
export function volumeDescriptorSetTerminator(): Uint8Array {
  const descriptor = new Uint8Array(SECTOR_SIZE);
  descriptor[0] = 255;
  descriptor.set(STANDARD_ID, 1);
  descriptor[6] = 1;
  return descriptor;
}

type TextWriter = (bytes: Uint8Array, offset: number, width: number, text: string) => void;

function volumeDescriptor(type: 1 | 2, fields: VolumeDescriptorFields, putText: TextWriter): Uint8Array {
  const descriptor = new Uint8Array(SECTOR_SIZE);
  descriptor[0] = type;
  descriptor.set(STANDARD_ID, 1);
  descriptor[6] = 1; // descriptor version
  putText(descriptor, 8, 32, ''); // system identifier
  putText(descriptor, 40, 32, fields.volumeId);
  putBothEndian32(descriptor, 80, fields.volumeSpaceSize);
  putBothEndian16(descriptor, 120, 1); // volume set size: one disc
  putBothEndian16(descriptor, 124, 1); // this disc's number in the set
  putBothEndian16(descriptor, 128, SECTOR_SIZE); // logical block size
  putBothEndian32(descriptor, 132, fields.pathTableSize);
  putUint32(descriptor, 140, fields.littleEndianPathTableSector, 'little');
  putUint32(descriptor, 148, fields.bigEndianPathTableSector, 'big');
  // 144 and 152 (optional second copies of the path tables) stay 0: there are none.
  descriptor.set(fields.rootRecord, 156);
  putText(descriptor, 190, 128, ''); // volume set identifier
  putText(descriptor, 318, 128, ''); // publisher
  putText(descriptor, 446, 128, ''); // data preparer
  putText(descriptor, 574, 128, APPLICATION_ID);
  putText(descriptor, 702, 37, ''); // copyright file
  putText(descriptor, 739, 37, ''); // abstract file
  putText(descriptor, 776, 37, ''); // bibliographic file
  descriptor.set(volumeDescriptorDate(fields.recordedAt), 813); // creation
  descriptor.set(volumeDescriptorDate(fields.recordedAt), 830); // modification
  descriptor.set(volumeDescriptorDate(undefined), 847); // expiration: none
  descriptor.set(volumeDescriptorDate(undefined), 864); // effective: at once
  descriptor[881] = 1; // file structure version
  return descriptor;
}
