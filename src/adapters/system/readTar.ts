import { ByteSource } from './ByteSource.js';

export interface TarEntry {
  readonly name: string;
  readonly size: number;
  /** '0' regular file, '5' directory, '2' symlink, …; NUL (old tar) is normalised to '0'. */
  readonly type: string;
  /** The entry's bytes; read them (or not) before asking for the next entry. */
  readonly body: AsyncIterable<Buffer>;
}

export class TarFormatError extends Error {
  override readonly name = 'TarFormatError';
}

const BLOCK = 512;

/**
 * Streams the entries of a tar archive (ustar, GNU long names and base-256 sizes, pax `path` and
 * `size`). Only one entry's body is in flight at a time and nothing is buffered beyond one
 * chunk, so an archive of any size passes through in constant memory. Unread bodies are skipped.
 */
export async function* readTar(source: AsyncIterable<Uint8Array>): AsyncGenerator<TarEntry> {
  const bytes = new ByteSource(source);
  try {
    let longName: string | undefined;
    let paxName: string | undefined;
    let paxSize: number | undefined;
    for (;;) {
      const header = await bytes.read(BLOCK);
      if (header.length === 0 || isZeroBlock(header)) return;
      if (header.length < BLOCK) throw new TarFormatError('archive ends inside a header');
      verifyChecksum(header);
      const rawType = String.fromCharCode(header[156]!);
      const type = rawType === '\0' ? '0' : rawType;
      const size = paxSize ?? readSize(header.subarray(124, 136));
      const padded = Math.ceil(size / BLOCK) * BLOCK;
      if (type === 'L' || type === 'x' || type === 'g' || type === 'K') {
        if (size > 1024 * 1024) throw new TarFormatError(`metadata entry of ${size} bytes`);
        const data = await bytes.read(padded);
        if (data.length < padded) throw new TarFormatError('archive ends inside a metadata entry');
        const body = data.subarray(0, size);
        if (type === 'L') longName = cString(body);
        if (type === 'x') ({ path: paxName, size: paxSize } = readPax(body));
        continue;
      }
      const name = paxName ?? longName ?? ustarName(header);
      longName = paxName = paxSize = undefined;
      let consumed = 0;
      const body = (async function* () {
        for await (const chunk of bytes.stream(size - consumed)) {
          consumed += chunk.length;
          yield chunk;
        }
      })();
      yield { name, size, type, body };
      await bytes.skip(size - consumed);
      await bytes.skip(padded - size);
    }
  } finally {
    await bytes.close();
  }
}

function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) return false;
  return true;
}

function verifyChecksum(header: Buffer): void {
  const stored = Number.parseInt(cString(header.subarray(148, 156)).trim() || 'x', 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  if (stored !== sum) throw new TarFormatError('not a tar archive (header checksum mismatch)');
}

function readSize(field: Buffer): number {
  if (field[0]! & 0x80) {
    // GNU base-256: big-endian, the top bit of the first byte is the marker
    let value = field[0]! & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
    if (!Number.isSafeInteger(value)) throw new TarFormatError('entry size out of range');
    return value;
  }
  const text = cString(field).trim();
  const value = text === '' ? 0 : Number.parseInt(text, 8);
  if (!Number.isSafeInteger(value) || value < 0 || !/^[0-7]*$/.test(text)) throw new TarFormatError(`bad size field "${text}"`);
  return value;
}

function ustarName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  const isUstar = header.subarray(257, 262).toString('latin1') === 'ustar';
  const prefix = isUstar ? cString(header.subarray(345, 500)) : '';
  return prefix ? `${prefix}/${name}` : name;
}

function readPax(body: Buffer): { path?: string; size?: number } {
  const result: { path?: string; size?: number } = {};
  let pos = 0;
  while (pos < body.length) {
    const space = body.indexOf(0x20, pos);
    if (space < 0) break;
    const length = Number.parseInt(body.subarray(pos, space).toString('latin1'), 10);
    if (!Number.isInteger(length) || length <= 0 || pos + length > body.length) throw new TarFormatError('bad pax record');
    const record = body.subarray(space + 1, pos + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    const key = record.slice(0, eq);
    const value = record.slice(eq + 1);
    if (key === 'path') result.path = value;
    if (key === 'size') {
      const size = Number(value);
      if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError('bad pax size');
      result.size = size;
    }
    pos += length;
  }
  return result;
}

function cString(field: Buffer): string {
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}
