import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { LibvirtClient, type StoragePool } from '../../../../../src/adapters/libvirt/rpc/index.js';

export const SYSTEM_SOCKET = '/run/libvirt/libvirt-sock';

/** Fails (never skips) with the fix when the daemon is not there. */
export function requireDaemon(): void {
  if (!existsSync(SYSTEM_SOCKET)) {
    throw new Error(`libvirt daemon socket ${SYSTEM_SOCKET} is missing: run \`bash scripts/libvirt-up.sh\` first`);
  }
}

/** A name no other test (or helper) uses: t-rpc-<what>-<random>. */
export function uniqueName(what: string): string {
  return `t-rpc-${what}-${randomBytes(4).toString('hex')}`;
}

export async function connectSystem(): Promise<LibvirtClient> {
  requireDaemon();
  return LibvirtClient.connect('qemu:///system', { callTimeoutMs: 60_000 });
}

/**
 * A started dir pool in its own folder under /var/lib/libvirt/images (traversable by the
 * libvirt-qemu user, unlike /tmp folders of root). `remove` deletes its volumes and itself.
 */
export async function createTempPool(
  client: LibvirtClient,
  name: string,
): Promise<{ pool: StoragePool; path: string; remove: () => Promise<void> }> {
  const path = `/var/lib/libvirt/images/${name}`;
  const pool = await client.defineStoragePool(`<pool type='dir'><name>${name}</name><target><path>${path}</path></target></pool>`);
  await pool.build();
  await pool.create();
  const remove = async (): Promise<void> => {
    for (const volume of await pool.listAllVolumes().catch(() => [])) await volume.delete().catch(() => undefined);
    await pool.destroy().catch(() => undefined);
    await pool.delete().catch(() => undefined);
    await pool.undefine().catch(() => undefined);
  };
  return { pool, path, remove };
}
