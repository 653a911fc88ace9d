import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DomainError, failure } from '../../../domain/errors/DomainError.js';
import type { StemcellImageKind } from '../../../domain/stemcell/StemcellFormat.js';
import { detectDiskFormat, HEADER_BYTES, type DiskImageFormat } from './diskImageHeader.js';
import { TruncatedError } from '../../system/ByteSource.js';
import { peekStream } from './peekStream.js';
import { readTar, TarFormatError } from '../../system/readTar.js';

/** The disk found inside a stemcell's `image` file, as a stream of its bytes from the start. */
export interface StemcellDisk {
  readonly kind: StemcellImageKind;
  readonly format: DiskImageFormat;
  /** Size of the disk file in bytes (not its virtual size). */
  readonly size: number;
  readonly head: Buffer;
  readonly bytes: AsyncIterable<Buffer>;
}

const READ_CHUNK = 1024 * 1024;

/**
 * Opens the `image` the director hands over and finds the disk in it, reading the file once,
 * front to back, in constant memory (docs/cpi-protocol.md §9):
 * - a gzipped (or plain) tar holding `root.img` (OpenStack: qcow2 or raw) or a `*.vmdk`
 *   (vSphere: OVF bundle); the first of these in the archive is the disk;
 * - or a bare qcow2 or VMDK file, as some tools and our own tests pass.
 * The format is read from the content, never trusted from names or stemcell.MF. `use` must
 * consume `bytes` before it returns; the file is closed afterwards whatever happens.
 */
export async function withStemcellDisk<T>(imagePath: string, use: (disk: StemcellDisk) => Promise<T>): Promise<T> {
  const head = await readHead(imagePath);
  try {
    return await findDisk(imagePath, head, use);
  } catch (error) {
    const format = imageFormatError(error);
    if (format) throw invalid(format.message, error);
    if (DomainError.is(error)) throw error;
    throw failure('infrastructure', `importing the stemcell failed: ${String(error)}`, { cause: error });
  }
}

async function findDisk<T>(imagePath: string, head: Buffer, use: (disk: StemcellDisk) => Promise<T>): Promise<T> {
  const bareFormat = detectDiskFormat(head);
  if (bareFormat !== 'raw') {
    const size = await statSize(imagePath);
    const kind: StemcellImageKind = bareFormat === 'qcow2' ? 'openstack' : 'vsphere';
    return use({ kind, format: bareFormat, size, head: head.subarray(0, HEADER_BYTES), bytes: fileChunks(imagePath) });
  }
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const isTar = head.subarray(257, 262).toString('latin1') === 'ustar';
  if (!gzipped && !isTar) throw invalid('it is neither a gzipped tar, a tar, a qcow2 nor a VMDK file');
  const source = gzipped ? gunzippedChunks(imagePath) : fileChunks(imagePath);
  for await (const entry of readTar(source)) {
    if (entry.type !== '0') continue;
    const name = basename(entry.name);
    const kind: StemcellImageKind | undefined =
      name === 'root.img' ? 'openstack' : name.toLowerCase().endsWith('.vmdk') ? 'vsphere' : undefined;
    if (!kind) continue;
    const { head: diskHead, all } = await peekStream(entry.body, HEADER_BYTES);
    const format = detectDiskFormat(diskHead);
    if (kind === 'vsphere' && format !== 'vmdk') throw invalid(`${entry.name} is not a monolithic sparse or stream-optimized VMDK`);
    if (kind === 'openstack' && format === 'vmdk') throw invalid('root.img is a VMDK, not qcow2 or raw');
    return await use({ kind, format, size: entry.size, head: diskHead, bytes: all });
  }
  throw invalid('it holds neither root.img nor a .vmdk disk');
}

async function readHead(path: string): Promise<Buffer> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw failure('invalid_request', `cannot read the stemcell image ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    // open() succeeds on a folder; reading it would fail with a bare EISDIR that names nothing
    if (!(await file.stat()).isFile()) throw failure('invalid_request', `the stemcell image ${path} is not a regular file`);
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    if (DomainError.is(error)) throw error;
    throw failure('invalid_request', `cannot read the stemcell image ${path}: ${(error as Error).message}`, { cause: error });
  } finally {
    await file.close();
  }
}

async function statSize(path: string): Promise<number> {
  const file = await open(path, 'r');
  try {
    return (await file.stat()).size;
  } finally {
    await file.close();
  }
}

function fileChunks(path: string): AsyncIterable<Buffer> {
  return createReadStream(path, { highWaterMark: READ_CHUNK });
}

function gunzippedChunks(path: string): AsyncIterable<Buffer> {
  const gunzip = createGunzip({ chunkSize: 1024 * 1024 });
  // pipeline destroys both ends when either fails or when the reader stops early
  pipeline(createReadStream(path, { highWaterMark: READ_CHUNK }), gunzip, () => {});
  return gunzip;
}

/** A broken archive, found directly or as the cause of an error from the upload that read it. */
function imageFormatError(error: unknown): Error | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (e instanceof TarFormatError || e instanceof TruncatedError || (typeof code === 'string' && code.startsWith('Z_'))) return e;
  }
  return undefined;
}

const invalid = (why: string, cause?: unknown) =>
  failure('invalid_request', `the stemcell image is not usable: ${why}`, cause === undefined ? undefined : { cause });
