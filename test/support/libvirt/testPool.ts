import { randomBytes } from 'node:crypto';
import { LibvirtClient, isNoStoragePool } from '../../../src/adapters/libvirt/rpc/index.js';

/**
 * A storage pool of our own for one test file, so that engineers and CI jobs sharing the
 * daemon never touch each other's objects: a unique name, a folder under
 * /var/lib/libvirt/images, and a cleanup that removes every domain using the pool (by its XML),
 * every volume in it, and the pool itself.
 */
export interface TestPool {
  readonly name: string;
  readonly path: string;
  /** A cpi.json `libvirt` section that uses this pool, for guests without an OS. */
  readonly libvirtConfig: Record<string, unknown>;
  cleanup(): Promise<void>;
}

export function testPool(task: string, overrides: Record<string, unknown> = {}): TestPool {
  const name = `t-${task}-${randomBytes(4).toString('hex')}`;
  const path = `/var/lib/libvirt/images/${name}`;
  return {
    name,
    path,
    libvirtConfig: {
      pool: name,
      pool_path: path,
      domain_type: 'qemu',
      serial_log_dir: '',
      timeouts: { shutdown_s: 1, reboot_s: 1, attach_s: 20, detach_s: 20 },
      ...overrides,
    },
    cleanup: () => removePool(name),
  };
}

export async function removePool(name: string): Promise<void> {
  const client = await LibvirtClient.connect('qemu:///system');
  try {
    for (const domain of await client.listAllDomains(0)) {
      const xml = await domain.getXMLDesc(2).catch(() => '');
      if (!xml.includes(`pool="${name}"`) && !xml.includes(`pool='${name}'`)) continue;
      await domain.destroy().catch(() => undefined);
      await domain.undefine(2 | 1 | 4).catch(() => undefined);
    }
    let pool;
    try {
      pool = await client.lookupStoragePoolByName(name);
    } catch (error) {
      if (isNoStoragePool(error)) return;
      throw error;
    }
    if (await pool.isActive()) {
      for (const volume of await pool.listAllVolumes(0)) await volume.delete(0).catch(() => undefined);
      await pool.destroy().catch(() => undefined);
    }
    await pool.delete(0).catch(() => undefined);
    await pool.undefine().catch(() => undefined);
  } finally {
    await client.close();
  }
}

/** Domains and volumes that remain of a pool: what a test asserts is empty after a failure. */
export async function leftovers(name: string): Promise<{ domains: string[]; volumes: string[] }> {
  const client = await LibvirtClient.connect('qemu:///system');
  try {
    const domains: string[] = [];
    for (const domain of await client.listAllDomains(0)) {
      const xml = await domain.getXMLDesc(2).catch(() => '');
      if (xml.includes(`pool="${name}"`) || xml.includes(`pool='${name}'`)) domains.push(domain.name);
    }
    let volumes: string[] = [];
    try {
      const pool = await client.lookupStoragePoolByName(name);
      await pool.refresh().catch(() => undefined); // refused while a volume is being built
      volumes = (await pool.listAllVolumes(0)).map((v) => v.name).sort();
    } catch (error) {
      if (!isNoStoragePool(error)) throw error;
    }
    return { domains, volumes };
  } finally {
    await client.close();
  }
}
