import { inject, injectable } from 'inversify';
import type { StemcellCid, VmCid } from '../../../domain/cid/Cid.js';
import type { Leftover, Leftovers } from '../../../ports/Leftovers.js';
import type { LibvirtApi } from '../LibvirtApi.js';
import { LibvirtStorage } from '../storage/LibvirtStorage.js';
import { volumeNames } from '../storage/volumeNames.js';
import { parseXml } from '../xml/parseXml.js';
import { firstChild, textOf } from '../xml/XmlNode.js';
import { Creations, type Orphan } from './Creations.js';

/** The leftovers of dead creators in the configured pool, with what they cost (see Creations). */
@injectable()
export class LibvirtLeftovers implements Leftovers {
  constructor(
    @inject(LibvirtStorage) private readonly storage: LibvirtStorage,
    @inject(Creations) private readonly creations: Creations,
  ) {}

  async find(): Promise<Leftover[]> {
    const api = await this.storage.apiIfPoolExists();
    if (!api) return [];
    const orphans = await this.creations.orphans(api);
    return Promise.all(orphans.map((orphan) => this.describe(api, orphan)));
  }

  async removeAll(): Promise<Leftover[]> {
    const api = await this.storage.apiIfPoolExists();
    if (!api) return [];
    const removed: Leftover[] = [];
    for (const orphan of await this.creations.orphans(api)) {
      const leftover = await this.describe(api, orphan);
      await this.creations.remove(api, orphan.mark);
      removed.push(leftover);
    }
    return removed;
  }

  private async describe(api: LibvirtApi, orphan: Orphan): Promise<Leftover> {
    const pool = this.storage.pool;
    const { cid, kind } = orphan.mark;
    const candidates =
      kind === 'vm'
        ? volumeNames.vmVolumes(cid as VmCid)
        : kind === 'stemcell'
          ? (['openstack', 'vsphere'] as const).map((k) => volumeNames.stemcell(cid as StemcellCid, k))
          : kind === 'disk'
            ? [volumeNames.disk(cid as never), volumeNames.diskMetadata(cid as never)]
            : [volumeNames.snapshot(cid as never)];
    const objects: string[] = [];
    let diskBytes = 0;
    for (const name of candidates) {
      const info = await api.volumeInfo(pool, name);
      if (!info) continue;
      objects.push(`volume ${name}`);
      diskBytes += info.allocation;
    }
    let memoryBytes = 0;
    if (kind === 'vm') {
      const state = await api.domainState(cid);
      if (state !== undefined) {
        objects.unshift(`domain ${cid} (${state})`);
        if (state !== 'shutoff' && state !== 'crashed') memoryBytes = memoryOf(await api.domainXml(cid));
      }
    }
    objects.push(`volume ${orphan.mark.volume} (the mark)`);
    return {
      what: `${kind} ${cid}`,
      objects,
      ...(orphan.sinceEpochS === undefined ? {} : { since: new Date(orphan.sinceEpochS * 1000).toISOString() }),
      reason: orphan.creator === 'dead' ? 'its creating process is dead' : 'its creator (on another host) ran out of its lease',
      diskBytes,
      memoryBytes,
    };
  }
}

/** `<memory unit='KiB'>` of the live XML, in bytes. */
function memoryOf(xml: string | undefined): number {
  if (xml === undefined) return 0;
  const memory = firstChild(parseXml(xml), 'memory');
  if (!memory) return 0;
  const units: Record<string, number> = { b: 1, bytes: 1, KiB: 1024, k: 1024, MiB: 1024 ** 2, M: 1024 ** 2, GiB: 1024 ** 3, G: 1024 ** 3 };
  return Number(textOf(memory)) * (units[memory.attrs['unit'] ?? 'KiB'] ?? 1024);
}
