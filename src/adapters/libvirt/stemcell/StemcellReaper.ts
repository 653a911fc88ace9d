import { inject, injectable } from 'inversify';
import type { StemcellCid } from '../../../domain/cid/Cid.js';
import type { StemcellImageKind } from '../../../domain/stemcell/StemcellFormat.js';
import { Locks } from '../../../ports/Locks.js';
import { Logger } from '../../../ports/Logger.js';
import { scanCpiDomains } from '../domainXml/scanDomains.js';
import type { LibvirtApi } from '../LibvirtApi.js';
import { LibvirtStorage } from '../storage/LibvirtStorage.js';
import { volumeXml } from '../storage/storageXml.js';
import { volumeNames } from '../storage/volumeNames.js';

const KINDS: readonly StemcellImageKind[] = ['openstack', 'vsphere'];

/**
 * delete_stemcell while VMs still boot from it. A root overlay reads from the stemcell volume
 * for as long as the VM exists, and libvirt would delete a backing file in use without a word
 * (the running QEMU keeps its open file, but the VM could never start again). So a stemcell in
 * use is only marked deleted (a tombstone volume): it is gone for the director (find answers
 * nothing, create_vm fails), and the last delete_vm of a VM using it deletes the volume.
 * Both sides hold the stemcell's lock, and delete_vm undefines its domain before it asks, so
 * two VMs deleted at once cannot both leave the volume behind.
 */
@injectable()
export class StemcellReaper {
  constructor(
    @inject(LibvirtStorage) private readonly storage: LibvirtStorage,
    @inject(Locks) private readonly locks: Locks,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  /** delete_stemcell: deletes now, or marks deleted when VMs still use it. */
  async delete(cid: StemcellCid): Promise<void> {
    const api = await this.storage.apiIfPoolExists();
    if (!api) return;
    await this.locks.withLock(`stemcell-${cid}`, async () => {
      const users = await this.users(api, cid);
      const pool = this.storage.pool;
      if (users.length === 0) {
        for (const kind of KINDS) await api.deleteVolume(pool, volumeNames.stemcell(cid, kind));
        await api.deleteVolume(pool, volumeNames.stemcellTombstone(cid));
        return;
      }
      this.logger.info('stemcell still in use: marked deleted, removed with its last VM', { stemcell: cid, vms: users });
      if (!(await api.volumeInfo(pool, volumeNames.stemcellTombstone(cid)))) {
        await api.createVolume(pool, volumeXml(volumeNames.stemcellTombstone(cid), 0, 'raw'));
      }
    });
  }

  /** After a VM is gone: deletes its stemcell if that was marked deleted and nothing else uses it. */
  async release(cid: StemcellCid): Promise<void> {
    const api = await this.storage.apiIfPoolExists();
    if (!api) return;
    if (!(await api.volumeInfo(this.storage.pool, volumeNames.stemcellTombstone(cid)))) return;
    await this.delete(cid);
  }

  async isDeleted(api: LibvirtApi, cid: StemcellCid): Promise<boolean> {
    return (await api.volumeInfo(this.storage.pool, volumeNames.stemcellTombstone(cid))) !== undefined;
  }

  private async users(api: LibvirtApi, cid: StemcellCid): Promise<string[]> {
    return (await scanCpiDomains(api)).filter((d) => d.metadata?.stemcell.cid === cid).map((d) => d.name);
  }
}
