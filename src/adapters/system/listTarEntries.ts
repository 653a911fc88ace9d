import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { DomainError, failure } from '../../domain/errors/DomainError.js';

export interface TarEntry {
  readonly name: string;
  readonly size: number;
  /** '0' file, '5' directory, ... (the tar header's type flag). */
  readonly type: string;
}

const BLOCK = 512;

/**
 * Lists a tar or gzipped tar without unpacking it, streaming, so a multi-GiB stemcell image is
 * read once and never held in memory. Understands ustar prefixes, GNU long names and PAX paths:
 * enough to recognise a stemcell image (domain/stemcell/recogniseStemcellImage).
 */
export async function listTarEntries(path: string): Promise<TarEntry[]> {
  const gzipped = await startsWithGzipMagic(path);
  const source = createReadStream(path);
  const stream = gzipped ? source.pipe(createGunzip()) : source;
  source.on('error', (error) => stream.destroy(error));
  const entries: TarEntry[] = [];
  let carry = Buffer.alloc(0);
  let skip = 0;
  let longName: string | undefined;
  let headersSeen = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      if (skip > 0) {
        const skipped = Math.min(skip, data.length);
        skip -= skipped;
        data = data.subarray(skipped);
      }
      while (skip === 0 && data.length >= BLOCK) {
        const header = data.subarray(0, BLOCK);
        data = data.subarray(BLOCK);
        if (header.every((byte) => byte === 0)) return entries;
        if (!checksumMatches(header)) {
          throw failure('invalid_request', `${path} is not a tar archive${gzipped ? ' inside its gzip' : ''} (bad header ${headersSeen + 1})`);
        }
        headersSeen++;
        const size = readSize(header);
        const type = String.fromCharCode(header[156] ?? 0x30) || '0';
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'L' || type === 'x') {
          if (data.length < padded) {
            // Metadata entries are small; wait for the whole of it.
            data = Buffer.concat([header, data]);
            headersSeen--;
            break;
          }
          const body = data.subarray(0, size).toString('utf8');
          longName = type === 'L' ? body.replace(/\0.*$/s, '') : (/(?:^|\n)\d+ path=([^\n]*)\n/.exec(body)?.[1] ?? longName);
          data = data.subarray(padded);
          continue;
        }
        entries.push({ name: longName ?? headerName(header), size, type: type === '\0' ? '0' : type });
        longName = undefined;
        const skipped = Math.min(padded, data.length);
        skip = padded - skipped;
        data = data.subarray(skipped);
      }
      carry = Buffer.from(data);
    }
  } catch (error) {
    if (DomainError.is(error)) throw error;
    throw failure('invalid_request', `cannot read ${path} as a tar archive: ${(error as Error).message}`, { cause: error });
  }
  if (headersSeen === 0) throw failure('invalid_request', `${path} is not a tar archive (it is empty or too short)`);
  return entries;
}

async function startsWithGzipMagic(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw failure('invalid_request', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    // open() succeeds on a folder; reading it would fail with a bare EISDIR that names nothing
    if (!(await handle.stat()).isFile()) throw failure('invalid_request', `${path} is not a regular file`);
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } catch (error) {
    if (DomainError.is(error)) throw error;
    throw failure('invalid_request', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  } finally {
    await handle.close();
  }
}

function checksumMatches(header: Buffer): boolean {
  const stored = parseInt(header.subarray(148, 156).toString('latin1').replace(/[\0 ]/g, ''), 8);
  let sum = 0;
  for (let index = 0; index < BLOCK; index++) sum += index >= 148 && index < 156 ? 0x20 : (header[index] as number);
  return stored === sum;
}

function readSize(header: Buffer): number {
  const field = header.subarray(124, 136);
  if (((field[0] as number) & 0x80) !== 0) {
    // GNU base-256 encoding, for members of 8 GiB and more.
    let size = 0;
    for (let index = 1; index < field.length; index++) size = size * 256 + (field[index] as number);
    return size;
  }
  return parseInt(field.toString('latin1').replace(/[\0 ]/g, '') || '0', 8);
}

function headerName(header: Buffer): string {
  const field = (start: number, end: number) => header.subarray(start, end).toString('utf8').replace(/\0.*$/s, '');
  const name = field(0, 100);
  const isUstar = header.subarray(257, 262).toString('latin1') === 'ustar';
  const prefix = isUstar ? field(345, 500) : '';
  return prefix ? `${prefix}/${name}` : name;
}
