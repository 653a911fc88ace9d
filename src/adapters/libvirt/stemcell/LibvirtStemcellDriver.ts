import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject, injectable } from 'inversify';
import type { StemcellCid } from '../../../domain/cid/Cid.js';
import { failure } from '../../../domain/errors/DomainError.js';
import type { StemcellImageKind } from '../../../domain/stemcell/StemcellFormat.js';
import type { StemcellRecord } from '../../../domain/stemcell/StemcellRecord.js';
import { Clock } from '../../../ports/Clock.js';
import { CommandRunner } from '../../../ports/CommandRunner.js';
import { Logger } from '../../../ports/Logger.js';
import type { StemcellDriver, StemcellImport } from '../../../ports/StemcellDriver.js';
import { formatBytes, PROGRESS_EVERY_MS, seconds, TransferProgress } from '../../system/TransferProgress.js';
import { Creations } from '../crash/Creations.js';
import type { LibvirtApi } from '../LibvirtApi.js';
import type { LibvirtConfig } from '../LibvirtConfig.js';
import { LibvirtConfigToken } from '../LibvirtSession.js';
import { LibvirtStorage } from '../storage/LibvirtStorage.js';
import { volumeXml } from '../storage/storageXml.js';
import { volumeNames } from '../storage/volumeNames.js';
import { HEADER_BYTES, readQcow2Header } from './diskImageHeader.js';
import { withStemcellDisk, type StemcellDisk } from './openStemcellImage.js';
import { scratchPrefix } from './scratchFolder.js';
import { StemcellReaper } from './StemcellReaper.js';

const KINDS: readonly StemcellImageKind[] = ['openstack', 'vsphere'];

/**
 * Stemcells are qcow2 volumes in the pool, uploaded through the protocol's stream (so a remote
 * daemon works the same as a local one). A qcow2 root.img travels as it is, straight from the
 * tarball; raw and VMDK disks are first converted to qcow2 with qemu-img in a local scratch
 * folder. Every VM's root disk is then an overlay on that volume.
 */
@injectable()
export class LibvirtStemcellDriver implements StemcellDriver {
  constructor(
    @inject(LibvirtConfigToken) private readonly config: LibvirtConfig,
    @inject(LibvirtStorage) private readonly storage: LibvirtStorage,
    @inject(StemcellReaper) private readonly reaper: StemcellReaper,
    @inject(Creations) private readonly creations: Creations,
    @inject(CommandRunner) private readonly runner: CommandRunner,
    @inject(Logger) private readonly logger: Logger,
    @inject(Clock) private readonly clock: Clock,
  ) {}

  async importStemcell(request: StemcellImport): Promise<StemcellRecord> {
    const started = this.clock.now();
    const api = await this.storage.apiWithActivePool();
    await this.creations.sweep(api);
    return this.creations.track(api, request.cid, () => this.importMarked(api, request, started));
  }

  /** Reads the image and uploads it, while the creation's mark says so (see Creations). */
  private importMarked(api: LibvirtApi, request: StemcellImport, started: number): Promise<StemcellRecord> {
    return withStemcellDisk(request.imagePath, async (disk): Promise<StemcellRecord> => {
      const volume = volumeNames.stemcell(request.cid, disk.kind);
      this.logger.info(`importing stemcell ${request.cid}: its ${disk.format} disk of ${formatBytes(disk.size)} (${disk.kind} image)`);
      const sizeBytes =
        disk.format === 'qcow2' ? await this.uploadQcow2(api, volume, disk) : await this.convertAndUpload(api, request.cid, volume, disk);
      this.logger.info(`imported stemcell ${request.cid} in ${seconds(this.clock.now() - started)}`);
      return { cid: request.cid, kind: disk.kind, sizeBytes };
    });
  }

  async findStemcell(cid: StemcellCid): Promise<StemcellRecord | undefined> {
    const api = await this.storage.apiIfPoolExists();
    if (!api) return undefined;
    const pool = this.storage.pool;
    const [tombstone, ...volumes] = await Promise.all([
      api.volumeInfo(pool, volumeNames.stemcellTombstone(cid)),
      ...KINDS.map((kind) => api.volumeInfo(pool, volumeNames.stemcell(cid, kind))),
    ]);
    if (tombstone) return undefined;
    const index = volumes.findIndex((v) => v !== undefined);
    if (index < 0) return undefined;
    return { cid, kind: KINDS[index]!, sizeBytes: volumes[index]!.capacity };
  }

  async deleteStemcell(cid: StemcellCid): Promise<void> {
    await this.reaper.delete(cid);
    const api = await this.storage.apiIfPoolExists();
    if (api) await this.creations.forgetMarksOf(api, cid);
  }

  /** A qcow2 root.img goes into the volume as it comes out of the tarball: no scratch copy. */
  private async uploadQcow2(api: LibvirtApi, volume: string, disk: StemcellDisk): Promise<number> {
    const header = readQcow2Header(disk.head);
    if (typeof header === 'string') throw failure('invalid_request', `the stemcell image is not usable: ${header}`);
    const progress = this.progress(`uploading the stemcell disk into volume ${volume}`, disk.size);
    await this.upload(api, volume, (pool) => api.uploadVolume(pool, volume, progress.count(disk.bytes), disk.size));
    progress.finish();
    return header.virtualSize;
  }

  private async convertAndUpload(api: LibvirtApi, cid: StemcellCid, volume: string, disk: StemcellDisk): Promise<number> {
    const scratch = await mkdtemp(join(this.config.tmp_dir ?? tmpdir(), scratchPrefix(cid)));
    try {
      const source = join(scratch, `source.${disk.format}`);
      const converted = join(scratch, 'converted.qcow2');
      const unpacking = this.progress(`unpacking the ${disk.format} disk into ${source}`, disk.size);
      await writeSparse(source, unpacking.count(disk.bytes));
      unpacking.finish();
      const result = await this.whileLogging(`converting the ${disk.format} disk to qcow2 (qemu-img)`, converted, () =>
        this.runner.run('qemu-img', ['convert', '-q', '-f', disk.format, '-O', 'qcow2', '-o', 'compat=1.1', source, converted], {
          timeoutMs: this.config.timeouts.convert_s * 1000,
        }),
      );
      if (result.exitCode !== 0) {
        throw failure(
          'invalid_request',
          `the stemcell image is not usable: qemu-img cannot convert its ${disk.format} disk: ${result.stderr.trim()}`,
        );
      }
      const header = readQcow2Header(await readHead(converted));
      if (typeof header === 'string') throw failure('infrastructure', `qemu-img wrote an unexpected image: ${header}`);
      const uploading = this.progress(`uploading the converted disk into volume ${volume}`, (await stat(converted)).size);
      await this.upload(api, volume, (pool) => api.uploadVolumeFile(pool, volume, converted, (count) => uploading.add(count)));
      uploading.finish();
      return header.virtualSize;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  private progress(what: string, totalBytes: number): TransferProgress {
    return new TransferProgress({ logger: this.logger, clock: this.clock, what, totalBytes });
  }

  /**
   * Runs a step that reports nothing itself (qemu-img), logging every few seconds that it is
   * still at work and how large its output has grown, then how long it took.
   */
  private async whileLogging<T>(what: string, output: string, work: () => Promise<T>): Promise<T> {
    const started = this.clock.now();
    const timer = setInterval(() => {
      void stat(output)
        .then(
          (info) => formatBytes(info.size),
          () => 'nothing',
        )
        .then((written) => this.logger.info(`${what}: still running, ${written} written, ${seconds(this.clock.now() - started)} so far`));
    }, PROGRESS_EVERY_MS);
    timer.unref();
    try {
      return await work();
    } finally {
      clearInterval(timer);
      this.logger.info(`${what}: done in ${seconds(this.clock.now() - started)}`);
    }
  }

  /** Creates the volume and streams the bytes in; on any failure the volume is removed again. */
  private async upload(api: LibvirtApi, volume: string, send: (pool: string) => Promise<void>): Promise<void> {
    const pool = this.storage.pool;
    // raw and empty: the uploaded bytes make it a qcow2, and libvirt reads its size from them
    await api.createVolume(pool, volumeXml(volume, 0, 'raw'));
    try {
      await send(pool);
    } catch (error) {
      await api
        .deleteVolume(pool, volume)
        .catch((cleanup: unknown) =>
          this.logger.warn('could not remove a half-imported stemcell volume', { volume, error: String(cleanup) }),
        );
      throw error;
    }
  }
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await file.read(head, 0, HEADER_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Writes a stream to a new file, leaving holes where whole chunks are zero (raw images are mostly zeros). */
async function writeSparse(path: string, bytes: AsyncIterable<Buffer>): Promise<void> {
  const file = await open(path, 'w');
  try {
    let position = 0;
    for await (const chunk of bytes) {
      if (!isAllZero(chunk)) await file.write(chunk, 0, chunk.length, position);
      position += chunk.length;
    }
    await file.truncate(position);
  } finally {
    await file.close();
  }
}

const ZEROS = Buffer.alloc(1024 * 1024);
function isAllZero(chunk: Buffer): boolean {
  for (let offset = 0; offset < chunk.length; offset += ZEROS.length) {
    const part = chunk.subarray(offset, Math.min(chunk.length, offset + ZEROS.length));
    if (!part.equals(ZEROS.subarray(0, part.length))) return false;
  }
  return true;
}
