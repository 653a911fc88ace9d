import { inject, injectable } from 'inversify';
import type { DiskCid, StemcellCid, VmCid } from '../../../domain/cid/Cid.js';
import type { Leftover, Leftovers } from '../../../ports/Leftovers.js';
import { VirtualboxSession } from '../VirtualboxSession.js';
import { isActiveState } from '../vboxmanage/VmInfo.js';
import { VirtualboxCreations, type VirtualboxOrphan } from './VirtualboxCreations.js';

/**
 * The leftovers of dead creators on the VirtualBox host (see VirtualboxCreations). VBoxManage
 * tells no allocated size of a medium, so the disk space shown is 0 and the objects name the
 * media's capacities instead.
 */
@injectable()
export class VirtualboxLeftovers implements Leftovers {
  constructor(
    @inject(VirtualboxSession) private readonly session: VirtualboxSession,
    @inject(VirtualboxCreations) private readonly creations: VirtualboxCreations,
  ) {}

  async find(): Promise<Leftover[]> {
    const orphans = await this.creations.orphans();
    return Promise.all(orphans.map((orphan) => this.describe(orphan)));
  }

  async removeAll(): Promise<Leftover[]> {
    const removed: Leftover[] = [];
    for (const orphan of await this.creations.orphans()) {
      const leftover = await this.describe(orphan);
      await this.creations.remove(orphan.mark);
      removed.push(leftover);
    }
    return removed;
  }

  private async describe(orphan: VirtualboxOrphan): Promise<Leftover> {
    const { vbox, host } = this.session;
    const layout = await this.session.layout();
    const { cid, kind } = orphan.mark;
    const objects: string[] = [];
    let memoryBytes = 0;
    if (kind !== 'disk') {
      const info = await vbox.showVmInfo(cid);
      if (info) {
        objects.push(`machine ${cid} (${info.state})`);
        if (isActiveState(info.state)) memoryBytes = (info.memoryMiB ?? 0) * 2 ** 20;
      }
    }
    const paths =
      kind === 'vm'
        ? [layout.vmDir(cid as VmCid)]
        : kind === 'stemcell'
          ? [layout.stemcellDir(cid as StemcellCid)]
          : [layout.disk(cid as DiskCid)];
    for (const path of paths) {
      if (!(await host.exists(path))) continue;
      const medium = kind === 'disk' ? await vbox.showMediumInfo('disk', path) : undefined;
      objects.push(medium ? `medium ${path} (${medium.capacityMiB} MiB capacity)` : `file ${path}`);
    }
    objects.push(`file ${orphan.mark.path} (the mark)`);
    return {
      what: `${kind} ${cid}`,
      objects,
      ...(orphan.sinceEpochS === undefined ? {} : { since: new Date(orphan.sinceEpochS * 1000).toISOString() }),
      reason: orphan.creator === 'dead' ? 'its creating process is dead' : 'its creator (on another host) ran out of its lease',
      diskBytes: 0,
      memoryBytes,
    };
  }
}
