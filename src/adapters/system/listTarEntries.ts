import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DomainError, failure } from '../../domain/errors/DomainError.js';
import { readTar, TarFormatError, type TarEntry } from './readTar.js';

/**
 * Lists a tar or gzipped tar without unpacking it (readTar, streaming, so a multi-GiB stemcell
 * image is read once and never held in memory): enough to recognise a stemcell image
 * (domain/stemcell/recogniseStemcellImage). A broken archive is the caller's bad input.
 */
export async function listTarEntries(path: string): Promise<Omit<TarEntry, 'body'>[]> {
  const gzipped = await startsWithGzipMagic(path);
  const source = gzipped ? gunzipped(path) : createReadStream(path);
  const entries: Omit<TarEntry, 'body'>[] = [];
  try {
    for await (const { name, size, type } of readTar(source)) entries.push({ name, size, type });
  } catch (error) {
    if (error instanceof TarFormatError)
      throw failure('invalid_request', `${path} is not a readable tar archive${gzipped ? ' inside its gzip' : ''}: ${error.message}`, {
        cause: error,
      });
    throw failure('invalid_request', `cannot read ${path} as a tar archive: ${(error as Error).message}`, { cause: error });
  }
  // No stemcell image is an archive without members, and an empty file is none at all.
  if (entries.length === 0) throw failure('invalid_request', `${path} is not a tar archive (it is empty or too short)`);
  return entries;
}

function gunzipped(path: string): AsyncIterable<Buffer> {
  const gunzip = createGunzip();
  // pipeline destroys both ends when either fails or when the reader stops early
  pipeline(createReadStream(path), gunzip, () => {});
  return gunzip;
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
