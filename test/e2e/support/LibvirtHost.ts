import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

// What the end-to-end checks see of libvirt, asked through `virsh`: an oracle independent of the
// CPI's own protocol client. Also the test's own fixtures (a second network) and the last-resort
// cleanup of everything a run made, by name only: the daemon is shared with other work.

const URI = 'qemu:///system';

async function virsh(...args: string[]): Promise<string> {
  const { stdout } = await execa('virsh', ['-c', URI, '-q', ...args], { timeout: 60_000 });
  return stdout;
}

/** virsh's output, or undefined when it failed (typically: no such object). */
async function virshMaybe(...args: string[]): Promise<string | undefined> {
  const result = await execa('virsh', ['-c', URI, '-q', ...args], { timeout: 60_000, reject: false });
  return result.exitCode === 0 ? result.stdout : undefined;
}

export interface VolumeInfo {
  readonly name: string;
  readonly capacityBytes: number;
}

export const libvirtHost = {
  /** Whether the daemon answers at all (the e2e suite must fail, not skip, when it does not). */
  async version(): Promise<string> {
    return virsh('version');
  },

  /** 'running', 'shut off', …, or undefined when no such domain is defined. */
  async domainState(name: string): Promise<string | undefined> {
    return (await virshMaybe('domstate', name))?.trim();
  },

  async domainXml(name: string): Promise<string | undefined> {
    return virshMaybe('dumpxml', name);
  },

  /** Names of every defined domain, running or not. */
  async domainNames(): Promise<string[]> {
    return (await virsh('list', '--all', '--name'))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  },

  /** Domains whose definition names a file under `dir` (our pool or log folder): ours, whatever their name. */
  async domainsUsing(dir: string): Promise<string[]> {
    const users: string[] = [];
    for (const name of await this.domainNames()) {
      const xml = await this.domainXml(name);
      if (xml?.includes(`${dir}/`)) users.push(name);
    }
    return users;
  },

  async poolExists(pool: string): Promise<boolean> {
    return (await virshMaybe('pool-info', pool)) !== undefined;
  },

  /** Volumes of a pool (after a refresh, so files made behind libvirt's back count too); [] when the pool is gone. */
  async volumes(pool: string): Promise<VolumeInfo[]> {
    if ((await virshMaybe('pool-refresh', pool)) === undefined) return [];
    const names = ((await virshMaybe('vol-list', pool)) ?? '')
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[0] ?? '')
      .filter((name) => name !== '');
    const infos: VolumeInfo[] = [];
    for (const name of names) {
      const info = await virshMaybe('vol-info', '--bytes', '--pool', pool, name);
      const capacity = /Capacity:\s+(\d+)/.exec(info ?? '')?.[1];
      if (info !== undefined) infos.push({ name, capacityBytes: Number(capacity ?? 0) });
    }
    return infos;
  },

  async downloadVolume(pool: string, volume: string, file: string): Promise<void> {
    await virsh('vol-download', '--pool', pool, volume, file);
  },

  /** Removes a domain of ours whatever its state. */
  async removeDomain(name: string): Promise<void> {
    await virshMaybe('destroy', name);
    await virshMaybe('undefine', name);
  },

  /** Removes a storage pool of ours with every volume in it, and its folder. */
  async removePool(pool: string, path: string): Promise<void> {
    for (const volume of await this.volumes(pool)) await virshMaybe('vol-delete', '--pool', pool, volume.name);
    await virshMaybe('pool-destroy', pool);
    await virshMaybe('pool-undefine', pool);
    await rm(path, { recursive: true, force: true });
  },

  /** Third octets of 10.253.x.0/24 that some libvirt network or host route already uses. */
  async usedSubnets(): Promise<Set<number>> {
    const used = new Set<number>();
    const routes = await execa('ip', ['-4', 'route', 'show'], { reject: false });
    for (const match of routes.stdout.matchAll(/\b10\.253\.(\d+)\./g)) used.add(Number(match[1]));
    for (const name of (await virsh('net-list', '--all', '--name'))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      for (const match of ((await virshMaybe('net-dumpxml', name)) ?? '').matchAll(/address=['"]10\.253\.(\d+)\./g))
        used.add(Number(match[1]));
    }
    return used;
  },

  /**
   * Defines and starts an isolated network (no forwarding) with the host at 10.253.<octet>.1/24,
   * so a guest on it can reach its gateway. libvirt picks the bridge name.
   */
  async createIsolatedNetwork(name: string, octet: number): Promise<void> {
    const xml = `<network><name>${name}</name><ip address='10.253.${octet}.1' netmask='255.255.255.0'/></network>`;
    const file = join(tmpdir(), `${name}.xml`);
    await writeFile(file, xml);
    try {
      await virsh('net-define', file);
      await virsh('net-start', name);
    } finally {
      await rm(file, { force: true });
    }
  },

  async networkActive(name: string): Promise<boolean> {
    return /Active:\s+yes/.test((await virshMaybe('net-info', name)) ?? '');
  },

  async removeNetwork(name: string): Promise<void> {
    await virshMaybe('net-destroy', name);
    await virshMaybe('net-undefine', name);
  },
};

/** The interfaces of a domain definition: MAC and libvirt network of each, in order. */
export function interfacesOf(domainXml: string): { mac: string; network: string }[] {
  return [...domainXml.matchAll(/<interface\b[\s\S]*?<\/interface>/g)].map(([element]) => ({
    mac: /<mac address=['"]([^'"]+)['"]/.exec(element)?.[1]?.toLowerCase() ?? '',
    network: /<source network=['"]([^'"]+)['"]/.exec(element)?.[1] ?? '',
  }));
}
