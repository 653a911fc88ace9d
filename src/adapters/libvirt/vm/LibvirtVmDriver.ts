import { inject, injectable } from 'inversify';
import type { VmCid } from '../../../domain/cid/Cid.js';
import { type DomainError, failure } from '../../../domain/errors/DomainError.js';
import { vmCreationFailure } from '../../../domain/errors/vmCreationFailure.js';
import type { AgentSettings } from '../../../domain/settings/AgentSettings.js';
import type { StemcellRecord } from '../../../domain/stemcell/StemcellRecord.js';
import type { VmSpec } from '../../../domain/vm/VmSpec.js';
import { AgentSettingsMedium } from '../../../ports/AgentSettingsMedium.js';
import { Clock } from '../../../ports/Clock.js';
import { Logger } from '../../../ports/Logger.js';
import type { DiskLayout, VmCreation, VmDriver } from '../../../ports/VmDriver.js';
import { Creations } from '../crash/Creations.js';
import { buildDomainXml } from '../domainXml/buildDomainXml.js';
import {
  CPI_METADATA_NS,
  CPI_METADATA_PREFIX,
  findMetadataInDomain,
  metadataElementForUpdate,
  readCpiMetadata,
  type CpiMetadata,
} from '../domainXml/CpiMetadata.js';
import { diskLayoutFor } from '../domainXml/diskHints.js';
import type { DeviceScope, DomainState, LibvirtApi } from '../LibvirtApi.js';
import type { LibvirtConfig } from '../LibvirtConfig.js';
import { LibvirtConfigToken, LibvirtSession } from '../LibvirtSession.js';
import { networkOf } from '../network/networkOf.js';
import { StemcellReaper } from '../stemcell/StemcellReaper.js';
import { LibvirtStorage } from '../storage/LibvirtStorage.js';
import { overlayVolumeXml, volumeXml } from '../storage/storageXml.js';
import { MiB, volumeNames } from '../storage/volumeNames.js';
import { waitUntil } from '../waitUntil.js';
import { withTimeout } from '../withTimeout.js';
import { parseXml } from '../xml/parseXml.js';
import { renderXml } from '../xml/renderXml.js';
import { domainTitle } from './domainTitle.js';

const POLL_MS = 100;
/**
 * Zeros after the settings ISO, as genisoimage adds by default: Linux reads ahead past the end
 * of a short CD and fails, and then probes such as busybox's findfs never see the medium's
 * label (a 64 KiB config-2 ISO stayed invisible to the test stemcell until padded).
 */
const MEDIUM_PADDING_BYTES = 512 * 1024;

@injectable()
export class LibvirtVmDriver implements VmDriver {
  constructor(
    @inject(LibvirtConfigToken) private readonly config: LibvirtConfig,
    @inject(LibvirtSession) private readonly session: LibvirtSession,
    @inject(LibvirtStorage) private readonly storage: LibvirtStorage,
    @inject(StemcellReaper) private readonly reaper: StemcellReaper,
    @inject(Creations) private readonly creations: Creations,
    @inject(AgentSettingsMedium) private readonly medium: AgentSettingsMedium,
    @inject(Clock) private readonly clock: Clock,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  diskLayout(_stemcell: StemcellRecord, spec: VmSpec): DiskLayout {
    return diskLayoutFor(spec.ephemeralDiskMiB);
  }

  /**
   * Volumes first (root overlay, ephemeral disk and settings medium, side by side), then define
   * and start. Everything is named after the VM CID, so the cleanup after a failure, like a
   * later delete_vm after a killed call, finds all of it by name.
   */
  async createVm(creation: VmCreation): Promise<void> {
    try {
      const api = await this.storage.apiWithActivePool();
      await this.creations.sweep(api);
      await this.creations.track(api, creation.cid, () => this.createMarked(api, creation));
    } catch (error) {
      throw creationFailed(creation.cid, error);
    }
  }

  /** Everything create_vm makes, while the creation's mark says so (see Creations). */
  private async createMarked(api: LibvirtApi, creation: VmCreation): Promise<void> {
    const { cid, spec, stemcell } = creation;
    let defined = false;
    try {
      const pool = this.storage.pool;
      const stemcellVolume = volumeNames.stemcell(stemcell.cid, stemcell.kind);
      const [stemcellInfo, deleted] = await Promise.all([api.volumeInfo(pool, stemcellVolume), this.reaper.isDeleted(api, stemcell.cid)]);
      if (!stemcellInfo || deleted) throw failure('stemcell_not_found', `stemcell ${stemcell.cid} does not exist in pool ${pool}`);
      const rootBytes = Math.max(stemcellInfo.capacity, (spec.rootDiskMiB ?? 0) * MiB);
      const settingsBytes = this.medium.build(creation.medium, creation.settings);
      const work: Promise<void>[] = [
        this.config.root_disk === 'overlay'
          ? api.createVolume(pool, overlayVolumeXml(volumeNames.root(cid), rootBytes, stemcellInfo.path, 'qcow2'))
          : this.copyRoot(api, cid, stemcellVolume, rootBytes),
        this.uploadNew(api, volumeNames.settings(cid), settingsBytes),
      ];
      if (spec.ephemeralDiskMiB > 0)
        work.push(api.createVolume(pool, volumeXml(volumeNames.ephemeral(cid), spec.ephemeralDiskMiB * MiB, 'qcow2')));
      await settleAll(work);
      const metadata: CpiMetadata = {
        vmCid: cid,
        agentId: creation.agentId,
        stemcell: { cid: stemcell.cid, kind: stemcell.kind },
        medium: creation.medium,
        volumes: {
          root: volumeNames.root(cid),
          settings: volumeNames.settings(cid),
          ...(spec.ephemeralDiskMiB > 0 ? { ephemeral: volumeNames.ephemeral(cid) } : {}),
        },
        settings: creation.settings,
        boshMetadata: {},
      };
      await api.defineDomain(
        buildDomainXml({
          name: cid,
          type: this.config.domain_type,
          machine: this.config.machine,
          memoryMiB: spec.memoryMiB,
          cpus: spec.cpus,
          pool,
          rootVolume: volumeNames.root(cid),
          ...(spec.ephemeralDiskMiB > 0 ? { ephemeralVolume: volumeNames.ephemeral(cid) } : {}),
          settingsVolume: volumeNames.settings(cid),
          nics: creation.nics.map((nic) => ({ mac: nic.mac, network: networkOf(nic, this.config.network) })),
          ...(this.config.serial_log_dir ? { serialLogPath: `${this.config.serial_log_dir}/${cid}.serial.log` } : {}),
          metadata,
        }),
      );
      defined = true;
      await withTimeout(api.startDomain(cid), this.config.timeouts.boot_s * 1000, `starting VM ${cid}`);
    } catch (error) {
      await this.removeEverything(cid, defined).catch((cleanup: unknown) =>
        this.logger.error('cleanup after a failed create_vm was incomplete', { vm: cid, error: String(cleanup) }),
      );
      throw creationFailed(cid, error);
    }
  }

  /**
   * Powers the guest off (at once, or through ACPI first: `delete_vm_shutdown`), then removes
   * the definition and the VM's own volumes. Persistent disks are never touched. Missing pieces
   * are fine: this also cleans up after a create_vm that was killed halfway.
   */
  async deleteVm(cid: VmCid): Promise<void> {
    const api = await this.session.api();
    const state = await api.domainState(cid);
    let metadata: CpiMetadata | undefined;
    if (state !== undefined) {
      metadata = await this.readMetadata(api, cid).catch(() => undefined);
      await this.powerOff(api, cid, state);
      await api.undefineDomain(cid);
    }
    await this.removeVolumes(api, cid);
    if (await this.storage.apiIfPoolExists()) await this.creations.forgetMarksOf(api, cid);
    if (metadata) await this.reaper.release(metadata.stemcell.cid);
  }

  async hasVm(cid: VmCid): Promise<boolean> {
    const api = await this.session.api();
    return (await api.domainState(cid)) !== undefined;
  }

  /**
   * ACPI reboot, and a hard reset when the guest has not reset itself within the bound (a guest
   * without an OS, or a hung one, ignores ACPI). A VM that is off is started.
   */
  async rebootVm(cid: VmCid): Promise<void> {
    const api = await this.session.api();
    const state = await this.requireState(api, cid);
    if (state === 'shutoff' || state === 'crashed') {
      await api.startDomain(cid);
      return;
    }
    if (state === 'paused') {
      await api.destroyDomain(cid);
      await api.startDomain(cid);
      return;
    }
    const watch = await api.watchDomainReboot(cid);
    try {
      await api.rebootDomain(cid);
      if (await watch.wait(this.config.timeouts.reboot_s * 1000)) return;
    } finally {
      await watch.close();
    }
    this.logger.info('the guest ignored the ACPI reboot: resetting it', { vm: cid });
    await api.resetDomain(cid);
  }

  async setVmMetadata(cid: VmCid, metadata: Readonly<Record<string, string>>): Promise<void> {
    const api = await this.session.api();
    const current = await this.readMetadata(api, cid);
    const scope = await this.scopeOf(api, cid);
    await this.storeMetadata(api, cid, { ...current, boshMetadata: { ...metadata } }, scope);
    await api.setDomainTitle(cid, domainTitle(metadata, cid), scope);
  }

  async readAgentSettings(cid: VmCid): Promise<AgentSettings> {
    const api = await this.session.api();
    return (await this.readMetadata(api, cid)).settings;
  }

  /** Stores the settings and rewrites the medium in place (same volume, so the attached CD-ROM sees it). */
  async writeAgentSettings(cid: VmCid, settings: AgentSettings): Promise<void> {
    const api = await this.session.api();
    const current = await this.readMetadata(api, cid);
    const scope = await this.scopeOf(api, cid);
    await this.storeMetadata(api, cid, { ...current, settings }, scope);
    const bytes = this.medium.build(current.medium, settings);
    const pool = this.storage.pool;
    const info = await api.volumeInfo(pool, current.volumes.settings);
    if (!info) {
      await this.uploadNew(api, current.volumes.settings, bytes);
      return;
    }
    if (info.capacity < bytes.length + MEDIUM_PADDING_BYTES)
      await api.resizeVolume(pool, current.volumes.settings, bytes.length + MEDIUM_PADDING_BYTES);
    await api.uploadVolume(pool, current.volumes.settings, chunksOf(bytes), bytes.length);
  }

  private async readMetadata(api: LibvirtApi, cid: VmCid): Promise<CpiMetadata> {
    const xml = await api.domainXml(cid, { inactive: true });
    if (xml === undefined) throw failure('vm_not_found', `VM ${cid} does not exist`);
    const element = findMetadataInDomain(parseXml(xml));
    if (!element) throw failure('infrastructure', `domain ${cid} carries no bosh-libvirt-cpi metadata`);
    return readCpiMetadata(element);
  }

  private async storeMetadata(api: LibvirtApi, cid: VmCid, metadata: CpiMetadata, scope: DeviceScope): Promise<void> {
    await api.setDomainMetadata(
      cid,
      { xml: renderXml(metadataElementForUpdate(metadata)), key: CPI_METADATA_PREFIX, uri: CPI_METADATA_NS },
      scope,
    );
  }

  private async requireState(api: LibvirtApi, cid: VmCid): Promise<DomainState> {
    const state = await api.domainState(cid);
    if (state === undefined) throw failure('vm_not_found', `VM ${cid} does not exist`);
    return state;
  }

  /** Changes go to the definition always, and to the running guest when there is one. */
  private async scopeOf(api: LibvirtApi, cid: VmCid): Promise<DeviceScope> {
    const state = await this.requireState(api, cid);
    return { live: state !== 'shutoff' && state !== 'crashed', config: true };
  }

  private async powerOff(api: LibvirtApi, cid: VmCid, state: DomainState): Promise<void> {
    if (state === 'shutoff') return;
    if (state === 'running' && this.config.delete_vm_shutdown === 'graceful') {
      try {
        await api.shutdownDomain(cid);
        const off = await waitUntil(this.clock, this.config.timeouts.shutdown_s * 1000, POLL_MS, async () => {
          const now = await api.domainState(cid);
          return now === undefined || now === 'shutoff';
        });
        if (off) return;
        this.logger.info('the guest did not power off in time: destroying it', { vm: cid });
      } catch (error) {
        this.logger.warn('ACPI shutdown failed: destroying the domain', { vm: cid, error: String(error) });
      }
    }
    await this.destroy(api, cid);
  }

  /** A guest that stopped on its own between the state read and the destroy is off, not a failure. */
  private async destroy(api: LibvirtApi, cid: VmCid): Promise<void> {
    try {
      await api.destroyDomain(cid);
    } catch (error) {
      const now = await api.domainState(cid);
      if (now !== undefined && now !== 'shutoff') throw error;
    }
  }

  private async removeEverything(cid: VmCid, defined: boolean): Promise<void> {
    const api = await this.session.api();
    if (defined) {
      await api.destroyDomain(cid).catch(() => undefined);
      await api.undefineDomain(cid);
    }
    await this.removeVolumes(api, cid);
  }

  private async removeVolumes(api: LibvirtApi, cid: VmCid): Promise<void> {
    if (!(await this.storage.apiIfPoolExists())) return;
    await settleAll(volumeNames.vmVolumes(cid).map((name) => api.deleteVolume(this.storage.pool, name)));
  }

  private async copyRoot(api: LibvirtApi, cid: VmCid, stemcellVolume: string, rootBytes: number): Promise<void> {
    const pool = this.storage.pool;
    await api.cloneVolume(pool, volumeXml(volumeNames.root(cid), rootBytes, 'qcow2'), stemcellVolume);
    const info = await api.volumeInfo(pool, volumeNames.root(cid));
    if (info && info.capacity < rootBytes) await api.resizeVolume(pool, volumeNames.root(cid), rootBytes);
  }

  /** A settings medium: the ISO's bytes at the start of a sparse, zero-padded raw volume. */
  private async uploadNew(api: LibvirtApi, name: string, bytes: Uint8Array): Promise<void> {
    await api.createVolume(this.storage.pool, volumeXml(name, bytes.length + MEDIUM_PADDING_BYTES, 'raw'));
    await api.uploadVolume(this.storage.pool, name, chunksOf(bytes), bytes.length);
  }
}

/** Everything but a lost or slow daemon is the VM's fault, and not worth a retry. */
function creationFailed(cid: VmCid, error: unknown): DomainError {
  return vmCreationFailure(error, `creating VM ${cid}`, { retryable: ['unavailable', 'timeout'] });
}

/** Waits for every piece of work, then fails with the first failure: nothing is left running behind a cleanup. */
async function settleAll(work: readonly Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(work);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
