/** What the first bytes of a disk image say about it. */
export type DiskImageFormat = 'qcow2' | 'vmdk' | 'raw';

export const HEADER_BYTES = 512;
const QCOW2_MAGIC = 0x514649fb; // "QFI\xfb"
const VMDK_SPARSE_MAGIC = 0x4b444d56; // "KDMV" (the bytes of the little-endian number "VMDK")

/** Recognises an image from its content, never from its name. */
export function detectDiskFormat(head: Uint8Array): DiskImageFormat {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.length >= 4 && b.readUInt32BE(0) === QCOW2_MAGIC) return 'qcow2';
  if (b.length >= 4 && b.readUInt32BE(0) === VMDK_SPARSE_MAGIC) return 'vmdk';
  return 'raw';
}

export interface Qcow2Header {
  readonly version: number;
  readonly virtualSize: number;
}

/**
 * Checks that a qcow2 image is self-contained before it becomes every VM's backing file: a
 * backing-file name or an external data file inside a hostile image would make QEMU open a
 * host file of the image author's choosing. Returns the reason as a string when it is not fit.
 */
export function readQcow2Header(head: Uint8Array): Qcow2Header | string {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.length < 72 || b.readUInt32BE(0) !== QCOW2_MAGIC) return 'not a qcow2 image';
  const version = b.readUInt32BE(4);
  if (version !== 2 && version !== 3) return `unsupported qcow2 version ${version}`;
  if (b.readBigUInt64BE(8) !== 0n) return 'the qcow2 image names a backing file';
  const virtualSize = Number(b.readBigUInt64BE(24));
  if (!Number.isSafeInteger(virtualSize) || virtualSize <= 0) return 'the qcow2 image has no size';
  if (version === 3) {
    if (b.length < 104) return 'truncated qcow2 v3 header';
    const incompatible = b.readBigUInt64BE(72);
    const EXTERNAL_DATA_FILE = 1n << 2n;
    if (incompatible & EXTERNAL_DATA_FILE) return 'the qcow2 image uses an external data file';
    const KNOWN = 0b11111n; // dirty, corrupt, external data, compression type, extended L2
    if (incompatible & ~KNOWN) return 'the qcow2 image needs features this host may not know';
    if (incompatible & (1n << 1n)) return 'the qcow2 image is marked corrupt';
  }
  return { version, virtualSize };
}
