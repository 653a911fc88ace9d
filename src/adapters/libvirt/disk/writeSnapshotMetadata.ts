import type { DiskCid, SnapshotCid } from '../../../domain/cid/Cid.js';
import type { LibvirtApi } from '../LibvirtApi.js';
import { volumeXml } from '../storage/storageXml.js';
import { volumeNames } from '../storage/volumeNames.js';

/**
 * A snapshot's metadata, kept like a disk's: a small JSON volume next to it, deleted with it,
 * read by operators only (virsh vol-download). The director's metadata (director, deployment,
 * instance, index…) plus `disk_cid`, the disk it was taken from, which nothing else records.
 */
export async function writeSnapshotMetadata(
  api: LibvirtApi,
  pool: string,
  snapshot: SnapshotCid,
  disk: DiskCid,
  metadata: Readonly<Record<string, string>>,
): Promise<void> {
  const bytes = Buffer.from(`${JSON.stringify({ ...metadata, disk_cid: disk })}\n`, 'utf8');
  const name = volumeNames.snapshotMetadata(snapshot);
  await api.deleteVolume(pool, name);
  await api.createVolume(pool, volumeXml(name, bytes.length, 'raw'));
  await api.uploadVolume(pool, name, once(bytes), bytes.length);
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
