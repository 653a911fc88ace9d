import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { RemoteProcedures } from '../generated/RemoteProcedures.js';
import type { RemoteNonnullStorageVol } from '../generated/remoteProtocol.js';
import { toSafeNumber, toUint64 } from './numbers.js';

export interface StorageVolumeInfo {
  /** virStorageVolType (see StorageVolType) */
  readonly type: number;
  readonly capacityBytes: number;
  readonly allocationBytes: number;
}

export interface TransferRange {
  /** Byte offset in the volume. Default 0. */
  readonly offset?: number | bigint;
  /** Bytes to transfer; 0 (the default) means up to the end. */
  readonly length?: number | bigint;
  readonly flags?: number;
}

/** A storage volume (a disk image in a pool). */
export class StorageVolume {
  constructor(
    private readonly rpc: RemoteProcedures,
    readonly remote: RemoteNonnullStorageVol,
  ) {}

  get name(): string {
    return this.remote.name;
  }

  get poolName(): string {
    return this.remote.pool;
  }

  /** The volume's key: for file-based pools, its path. */
  get key(): string {
    return this.remote.key;
  }

  async getInfo(): Promise<StorageVolumeInfo> {
    const info = await this.rpc.storageVolGetInfo({ vol: this.remote });
    return {
      type: info.type,
      capacityBytes: toSafeNumber(info.capacity, 'capacity'),
      allocationBytes: toSafeNumber(info.allocation, 'allocation'),
    };
  }

  async getPath(): Promise<string> {
    return (await this.rpc.storageVolGetPath({ vol: this.remote })).name;
  }

  async getXMLDesc(flags = 0): Promise<string> {
    return (await this.rpc.storageVolGetXmlDesc({ vol: this.remote, flags })).xml;
  }

  /** flags: StorageVolDeleteFlags */
  async delete(flags = 0): Promise<void> {
    await this.rpc.storageVolDelete({ vol: this.remote, flags });
  }

  async wipe(flags = 0): Promise<void> {
    await this.rpc.storageVolWipe({ vol: this.remote, flags });
  }

  /** New capacity in bytes; flags: StorageVolResizeFlags. */
  async resize(capacityBytes: number | bigint, flags = 0): Promise<void> {
    await this.rpc.storageVolResize({ vol: this.remote, capacity: toUint64(capacityBytes, 'capacity'), flags });
  }

  /**
   * Writes the bytes of `source` (a Node Readable or any async iterable of chunks) into the
   * volume, with backpressure: at most a few packets are in flight, whatever the size.
   * Resolves with the number of bytes sent once the daemon confirms the data is written.
   */
  async upload(source: AsyncIterable<Uint8Array>, range: TransferRange = {}): Promise<number> {
    const { stream } = await this.rpc.storageVolUpload({
      vol: this.remote,
      offset: toUint64(range.offset ?? 0, 'offset'),
      length: toUint64(range.length ?? 0, 'length'),
      flags: range.flags ?? 0,
    });
    return stream.sendAll(source);
  }

  /**
   * Uploads a local file, reading it into a few reused buffers: the fastest way in, with
   * memory flat whatever the file's size. Resolves with the bytes sent once the daemon confirms.
   * `onBytes` hears of every piece read, e.g. to report progress.
   */
  async uploadFile(path: string, range: TransferRange = {}, onBytes?: (count: number) => void): Promise<number> {
    const file = await open(path, 'r');
    try {
      const { stream } = await this.rpc.storageVolUpload({
        vol: this.remote,
        offset: toUint64(range.offset ?? 0, 'offset'),
        length: toUint64(range.length ?? 0, 'length'),
        flags: range.flags ?? 0,
      });
      return await stream.sendFrom(async (buffer) => {
        const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
        onBytes?.(bytesRead);
        return bytesRead;
      });
    } finally {
      await file.close();
    }
  }

  /**
   * Copies the volume's bytes into `sink`, pausing the connection while the sink is full.
   * Resolves with the number of bytes received after the sink has flushed.
   */
  async download(sink: Writable, range: TransferRange = {}): Promise<number> {
    const { stream } = await this.rpc.storageVolDownload({
      vol: this.remote,
      offset: toUint64(range.offset ?? 0, 'offset'),
      length: toUint64(range.length ?? 0, 'length'),
      flags: range.flags ?? 0,
    });
    return stream.receiveAll(sink);
  }
}
