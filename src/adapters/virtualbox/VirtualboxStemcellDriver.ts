import path from 'node:path';
import { inject, injectable } from 'inversify';
import type { StemcellCid } from '../../domain/cid/Cid.js';
import { failure } from '../../domain/errors/DomainError.js';
import type { StemcellRecord } from '../../domain/stemcell/StemcellRecord.js';
import { Locks } from '../../ports/Locks.js';
import type { StemcellDriver, StemcellImport } from '../../ports/StemcellDriver.js';
import { VirtualboxCreations } from './crash/VirtualboxCreations.js';
import { KEYS, PREPARED_CLONE, stemcellLock } from './layout.js';
import { ovfDiskCapacity } from './ovfDiskCapacity.js';
import { liveStemcellUsers } from './stemcellUsers.js';
import { VirtualboxSession } from './VirtualboxSession.js';
import { VBoxManageFailure } from './vboxmanage/VBoxManageFailure.js';

/**
 * A stemcell is a registered machine named after its CID, imported from the OVF and given a
 * `prepared-clone` snapshot that VMs are linked clones of. A stemcell that VMs still use is
 * only marked deleted, and goes when its last VM does (VmDriver), so deleting it never breaks them.
 */
@injectable()
export class VirtualboxStemcellDriver implements StemcellDriver {
  constructor(
    @inject(VirtualboxSession) private readonly session: VirtualboxSession,
    @inject(Locks) private readonly locks: Locks,
    @inject(VirtualboxCreations) private readonly creations: VirtualboxCreations,
  ) {}

  /** The unpacked files and the imported machine are made under a creation mark (see VirtualboxCreations). */
  async importStemcell(request: StemcellImport): Promise<StemcellRecord> {
    await this.session.version();
    await this.creations.sweep();
    return this.creations.track(request.cid, () => this.importMarked(request));
  }

  private async importMarked(request: StemcellImport): Promise<StemcellRecord> {
    const { host, vbox, config, logger } = this.session;
    const layout = await this.session.layout();
    const dir = layout.stemcellDir(request.cid);
    await host.mkdirp(dir);
    let registered = false;
    try {
      await host.extractArchive(request.imagePath, dir, config.timeouts.import_s * 1000);
      const names = await host.list(dir);
      const ovfs = names.filter((n) => n.toLowerCase().endsWith('.ovf'));
      if (ovfs.length !== 1) {
        const hint = names.some((n) => /^root\.img$|\.qcow2$|\.raw$/i.test(n))
          ? 'it holds an OpenStack disk image; VirtualBox imports vSphere (OVF) stemcells only'
          : `found ${ovfs.length} OVF descriptors among ${JSON.stringify(names.slice(0, 10))}`;
        throw failure('invalid_request', `the stemcell image is not an OVF appliance: ${hint}`);
      }
      const ovfPath = path.posix.join(dir, ovfs[0]!);
      const sizeBytes = ovfDiskCapacity(await host.readFile(ovfPath));
      registered = true;
      await vbox.importOvf(ovfPath, request.cid);
      await vbox.snapshotTake(request.cid, PREPARED_CLONE);
      const size = sizeBytes ?? (await this.importedDiskBytes(request.cid));
      await vbox.setExtraData(request.cid, KEYS.stemcellSize, String(size));
      logger.info('stemcell imported', { cid: request.cid, sizeBytes: size });
      return { cid: request.cid, kind: 'vsphere', sizeBytes: size };
    } catch (error) {
      if (registered) await this.forget(request.cid).catch((e) => logger.warn('cleanup of a failed import failed', { error: String(e) }));
      throw error;
    } finally {
      // VirtualBox copied the disk into its machine folder: the unpacked files are not needed.
      await host.remove(dir).catch((e) => logger.warn('removing unpacked stemcell failed', { dir, error: String(e) }));
    }
  }

  private async importedDiskBytes(cid: StemcellCid): Promise<number> {
    const info = await this.session.vbox.showVmInfo(cid);
    const disk = info?.attachments.find((a) => a.location && !/\.iso$/i.test(a.location));
    const medium = disk?.location ? await this.session.vbox.showMediumInfo('disk', disk.location) : undefined;
    return (medium?.capacityMiB ?? 0) * 2 ** 20;
  }

  async findStemcell(cid: StemcellCid): Promise<StemcellRecord | undefined> {
    const data = await this.session.vbox.enumerateExtraData(cid);
    if (!data || data.get(KEYS.stemcellDeleted) === 'true') return undefined;
    return { cid, kind: 'vsphere', sizeBytes: Number(data.get(KEYS.stemcellSize) ?? 0) };
  }

  async deleteStemcell(cid: StemcellCid): Promise<void> {
    const { vbox, logger, config } = this.session;
    await this.locks.withLock(
      stemcellLock(cid),
      async () => {
        if (!(await vbox.enumerateExtraData(cid))) return;
        const users = await liveStemcellUsers(this.session, cid);
        if (users.length > 0) {
          await vbox.setExtraData(cid, KEYS.stemcellDeleted, 'true');
          logger.info('stemcell still used by VMs: it goes when the last of them is deleted', { cid, vms: users });
          return;
        }
        await this.forget(cid);
      },
      { timeoutMs: config.timeouts.lock_s * 1000 },
    );
    await this.creations.forgetMarksOf(cid);
  }

  private async forget(cid: StemcellCid): Promise<void> {
    try {
      await this.session.vbox.unregisterVm(cid, true);
    } catch (error) {
      if (VBoxManageFailure.isClass(error, 'not_found')) return;
      throw error;
    }
  }
}
