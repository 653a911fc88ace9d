import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CpiCallRecord, DirectorCpi } from './DirectorCpi.js';
import { libvirtHost } from './LibvirtHost.js';

type Tracked = 'vm' | 'disk' | 'stemcell';

/**
 * One end-to-end run against the shared libvirt daemon: a storage pool of its own (unique name,
 * under /var/lib/libvirt/images/), a scratch folder holding cpi.json and the guests' serial logs,
 * software emulation (domain_type qemu) and the `default` network. Everything the run creates is
 * tracked, and `cleanup` removes it: through the CPI first, as the director would, then by name
 * with virsh for whatever a failed step left behind, and finally the pool itself.
 */
export class E2eRun {
  readonly calls: CpiCallRecord[] = [];
  readonly cpi: DirectorCpi;
  private readonly tracked = new Map<string, Tracked>();
  private readonly networks = new Set<string>();

  private constructor(
    /** t-e2e-<label>-<random>: the pool's name and the prefix of everything else the run names */
    readonly id: string,
    readonly scratchDir: string,
    readonly configPath: string,
    readonly poolPath: string,
    readonly serialLogDir: string,
  ) {
    this.cpi = new DirectorCpi(configPath, (record) => this.calls.push(record));
  }

  static async create(label: string): Promise<E2eRun> {
    const id = `t-e2e-${label}-${randomBytes(3).toString('hex')}`;
    const scratchDir = await mkdtemp(join(tmpdir(), `${id}-`));
    // libvirt (root, or libvirt-qemu for what QEMU opens itself) must reach the serial logs in here
    await chmod(scratchDir, 0o755);
    const serialLogDir = join(scratchDir, 'serial');
    await mkdir(serialLogDir, { mode: 0o755 });
    const poolPath = `/var/lib/libvirt/images/${id}`;
    const configPath = join(scratchDir, 'cpi.json');
    const config = {
      driver: 'libvirt',
      agent: { mbus: 'https://mbus:e2e-secret@0.0.0.0:6868', ntp: ['0.pool.ntp.org', '1.pool.ntp.org'] },
      libvirt: {
        uri: 'qemu:///system',
        pool: id,
        pool_path: poolPath,
        network: 'default',
        // TCG: KVM on these machines cannot boot a Linux kernel
        domain_type: 'qemu',
        serial_log_dir: serialLogDir,
      },
    };
    await writeFile(configPath, `${JSON.stringify(config, null, 2)}\n`);
    return new E2eRun(id, scratchDir, configPath, poolPath, serialLogDir);
  }

  get pool(): string {
    return this.id;
  }

  /** Where the libvirt driver has the VM's serial console written (its `serial_log_dir`). */
  serialLogOf(vmCid: string): string {
    return join(this.serialLogDir, `${vmCid}.serial.log`);
  }

  track(kind: Tracked, cid: string): void {
    this.tracked.set(cid, kind);
  }

  forget(cid: string): void {
    this.tracked.delete(cid);
  }

  trackNetwork(name: string): void {
    this.networks.add(name);
  }

  /**
   * Leftovers of the run in libvirt: domains defined on our pool or logging into our folder,
   * volumes in our pool. Empty after a clean lifecycle.
   */
  async leftovers(): Promise<{ domains: string[]; volumes: string[] }> {
    const domains = [
      ...new Set([...(await libvirtHost.domainsUsing(this.poolPath)), ...(await libvirtHost.domainsUsing(this.serialLogDir))]),
    ];
    const volumes = (await libvirtHost.volumes(this.pool)).map((volume) => volume.name);
    return { domains, volumes };
  }

  /**
   * Deletes what is still tracked through the CPI (VMs, then disks, then stemcells), removes by
   * name what that left, then the pool, the run's networks and the scratch folder. Returns what
   * had to be removed by force: empty when the CPI cleaned up after itself.
   */
  async cleanup(): Promise<string[]> {
    const forced: string[] = [];
    const order: Tracked[] = ['vm', 'disk', 'stemcell'];
    for (const kind of order) {
      for (const [cid, trackedKind] of [...this.tracked]) {
        if (trackedKind !== kind) continue;
        await this.cpi.call(`delete_${kind}`, [cid]).then(
          () => this.tracked.delete(cid),
          (error: unknown) => forced.push(`delete_${kind} ${cid} failed: ${String(error).split('\n')[0]}`),
        );
      }
    }
    const { domains, volumes } = await this.leftovers().catch(() => ({ domains: [] as string[], volumes: [] as string[] }));
    for (const domain of domains) {
      forced.push(`domain ${domain}`);
      await libvirtHost.removeDomain(domain);
    }
    forced.push(...volumes.map((volume) => `volume ${volume}`));
    await libvirtHost.removePool(this.pool, this.poolPath);
    for (const network of this.networks) await libvirtHost.removeNetwork(network);
    this.networks.clear();
    await rm(this.scratchDir, { recursive: true, force: true });
    return forced;
  }
}
