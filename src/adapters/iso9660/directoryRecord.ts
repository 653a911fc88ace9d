import { directoryRecordDate } from './isoDates.js';
import { IsoImageError } from './IsoImageError.js';
import { putBothEndian16, putBothEndian32 } from './isoFields.js';

export interface DirectoryRecordFields {
  /** Raw identifier bytes: 0x00 for ".", 0x01 for "..", else the encoded name. */
  readonly identifier: Uint8Array;
  /** First sector of the file or directory data. */
  readonly extent: number;
  readonly dataLength: number;
  readonly isDirectory: boolean;
  readonly recordedAt: Date;
  /** SUSP/Rock Ridge entries; empty in the Joliet tree. */
  readonly systemUse?: Uint8Array;
}

const FIXED_PART = 33;
const DIRECTORY_FLAG = 0x02;
/** The length field is one byte. */
export const MAX_DIRECTORY_RECORD_LENGTH = 255;

/** ECMA-119 §9.1: one entry of a directory (also the root record inside volume descriptors). */
export function directoryRecord(fields: DirectoryRecordFields): Uint8Array {
  const systemUse = fields.systemUse ?? new Uint8Array(0);
  // A pad byte after an even-length identifier keeps the System Use field at an even offset.
  const identifierPad = fields.identifier.length % 2 === 0 ? 1 : 0;
  const systemUseOffset = FIXED_PART + fields.identifier.length + identifierPad;
  // Records have even length; a trailing zero is ignored by SUSP readers (entries need 4 bytes).
  const length = systemUseOffset + systemUse.length + (systemUse.length % 2);
  if (length > MAX_DIRECTORY_RECORD_LENGTH) {
    throw new IsoImageError(`ISO image: directory record of ${length} bytes exceeds ${MAX_DIRECTORY_RECORD_LENGTH}`);
  }
  const record = new Uint8Array(length);
  record[0] = length;
  record[1] = 0; // no extended attribute record
  putBothEndian32(record, 2, fields.extent);
  putBothEndian32(record, 10, fields.dataLength);
  record.set(directoryRecordDate(fields.recordedAt), 18);
  record[25] = fields.isDirectory ? DIRECTORY_FLAG : 0;
  record[26] = 0; // not interleaved: file unit size
  record[27] = 0; // not interleaved: gap size
  putBothEndian16(record, 28, 1); // volume sequence number: a one-disc set
  record[32] = fields.identifier.length;
  record.set(fields.identifier, FIXED_PART);
  record.set(systemUse, systemUseOffset);
  return record;
}
