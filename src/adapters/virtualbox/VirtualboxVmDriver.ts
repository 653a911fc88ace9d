import { inject, injectable } from 'inversify';
import type { StemcellCid, VmCid } from '../../domain/cid/Cid.js';
import { DomainError, failure } from '../../domain/errors/DomainError.js';
import { vmCreationFailure } from '../../domain/errors/vmCreationFailure.js';
import type { NicPlan } from '../../domain/network/NetworkSpec.js';
import type { AgentSettings } from '../../domain/settings/AgentSettings.js';
import type { SettingsMediumKind } from '../../domain/settings/SettingsMediumKind.js';
import type { StemcellRecord } from '../../domain/stemcell/StemcellRecord.js';
import type { VmSpec } from '../../domain/vm/VmSpec.js';
import { AgentSettingsMedium } from '../../ports/AgentSettingsMedium.js';
import { IdGenerator } from '../../ports/IdGenerator.js';
import { Locks } from '../../ports/Locks.js';
import type { DiskLayout, VmCreation, VmDriver } from '../../ports/VmDriver.js';
import { VirtualboxCreations } from './crash/VirtualboxCreations.js';
import { hostNetworkOf, parseVmProperties, vboxMac } from './cloudProperties.js';
import { EPHEMERAL_SERIAL, KEYS, PREPARED_CLONE, stemcellLock, type VmRecord } from './layout.js';
import { ensureSataController, freePorts } from './machineOps.js';
import { removeVmObjects } from './machineRemoval.js';
import { VirtualboxSession, type HostOnlyKind } from './VirtualboxSession.js';
import { versionAtLeast, type VBoxVersion } from './vboxmanage/parseVersion.js';
import type { NicSetting } from './vboxmanage/VBoxManage.js';
import { VBoxManageFailure } from './vboxmanage/VBoxManageFailure.js';
import { isActiveState, type VmInfo } from './vboxmanage/VmInfo.js';

/** VBoxManage configures adapters 1–8 on every chipset. */
const MAX_NICS = 8;

const notFound = (error: unknown) => VBoxManageFailure.isClass(error, 'not_found');

/**
 * A VM is a linked clone of its stemcell's `prepared-clone` snapshot, named after its CID, with
 * its ephemeral disk and settings CD on the SATA controller and its CPI state in extradata.
 */
@injectable()
export class VirtualboxVmDriver implements VmDriver {
  constructor(
    @inject(VirtualboxSession) private readonly session: VirtualboxSession,
    @inject(AgentSettingsMedium) private readonly medium: AgentSettingsMedium,
    @inject(Locks) private readonly locks: Locks,
    @inject(IdGenerator) private readonly ids: IdGenerator,
    @inject(VirtualboxCreations) private readonly creations: VirtualboxCreations,
  ) {}

  /**
   * The system disk is the clone's first disk ("0", as the Go CPI says); the ephemeral disk is
   * found by the ATA serial its port gets (see EPHEMERAL_SERIAL), known before the disk exists.
   */
  diskLayout(_stemcell: StemcellRecord, spec: VmSpec): DiskLayout {
    return spec.ephemeralDiskMiB > 0 ? { system: '0', ephemeral: { id: EPHEMERAL_SERIAL } } : { system: '0' };
  }

  async createVm(c: VmCreation): Promise<void> {
    const properties = parseVmProperties(c.cloudProperties);
    if (c.nics.length > MAX_NICS)
      throw failure('invalid_request', `VirtualBox gives a VM at most ${MAX_NICS} network adapters; ${c.nics.length} were asked for`);
    const rootMiB = Math.ceil(c.stemcell.sizeBytes / 2 ** 20);
    if (c.spec.rootDiskMiB !== undefined && c.spec.rootDiskMiB > rootMiB) {
      throw failure(
        'not_supported',
        `the root disk is a linked clone of the stemcell (${rootMiB} MiB) and VirtualBox cannot resize a differencing disk; root disk size ${c.spec.rootDiskMiB} MiB cannot be given`,
      );
    }
    const nicPlan = c.nics.map((nic) => ({ nic, network: hostNetworkOf(nic) }));
    const version = await this.session.version();
    const hostOnly = nicPlan.some((p) => p.network.type === 'hostonly') ? await this.session.hostOnlyKind() : 'adapters';
    await this.creations.sweep();
    await this.creations.track(c.cid, () => this.createMarked(c, properties, nicPlan, version, hostOnly));
  }

  /** Everything create_vm makes, while the creation's mark says so (see VirtualboxCreations). */
  private async createMarked(
    c: VmCreation,
    properties: ReturnType<typeof parseVmProperties>,
    nicPlan: readonly { nic: NicPlan; network: ReturnType<typeof hostNetworkOf> }[],
    version: VBoxVersion,
    hostOnly: HostOnlyKind,
  ): Promise<void> {
    const { vbox, host, logger, config } = this.session;
    const layout = await this.session.layout();
    const vm = c.cid;
    const sc = c.stemcell.cid;
    let cloned = false;
    try {
      await this.locks.withLock(
        stemcellLock(sc),
        async () => {
          const data = await vbox.enumerateExtraData(sc);
          if (!data || data.get(KEYS.stemcellDeleted) === 'true') throw failure('stemcell_not_found', `stemcell ${sc} does not exist`);
          await vbox.setExtraData('global', KEYS.stemcellUser(sc, vm), '1');
          try {
            await vbox.cloneVmLinked(sc, PREPARED_CLONE, vm);
          } catch (error) {
            if (notFound(error)) throw failure('stemcell_not_found', `stemcell ${sc} has no ${PREPARED_CLONE} snapshot to clone`);
            throw error;
          }
          cloned = true;
        },
        { timeoutMs: config.timeouts.lock_s * 1000 },
      );
      await host.mkdirp(layout.vmDir(vm));
      let info = await this.mustInfo(vm);
      await vbox.modifyVm(vm, {
        cpus: c.spec.cpus,
        memoryMiB: c.spec.memoryMiB,
        firmware: properties.firmware,
        paravirtProvider: properties.paravirtprovider,
        description: `BOSH VM ${vm} (agent ${c.agentId}, stemcell ${sc})`,
        audio: versionAtLeast(version, 7, 0) ? { option: '--audio-driver', value: 'none' } : { option: '--audio', value: 'none' },
        nics: nicSettings(nicPlan, info, hostOnly),
      });
      const sata = await ensureSataController(this.session, vm, info);
      info = await this.mustInfo(vm);
      const ports = freePorts(info, sata.name);
      if (c.spec.ephemeralDiskMiB > 0) {
        const port = takePort(ports, vm);
        const file = layout.ephemeralDisk(vm);
        await vbox.createMedium(file, c.spec.ephemeralDiskMiB, 'VDI');
        // The serial must be set before the first start: VirtualBox reads it when the VM powers on.
        await vbox.setExtraData(vm, KEYS.ahciSerial(sata.instance, port), EPHEMERAL_SERIAL);
        await vbox.storageAttach(vm, { controller: sata.name, port, device: 0, type: 'hdd', medium: file });
      }
      const settingsPort = takePort(ports, vm);
      const iso = await this.writeSettingsIso(vm, c.medium, c.settings);
      await vbox.storageAttach(vm, { controller: sata.name, port: settingsPort, device: 0, type: 'dvddrive', medium: iso });
      const record: VmRecord = {
        cid: vm,
        agentId: c.agentId,
        stemcell: sc,
        medium: c.medium,
        settingsSlot: { controller: sata.name, port: settingsPort },
        settingsIso: iso,
        settings: c.settings,
      };
      await vbox.setExtraData(vm, KEYS.vm, JSON.stringify(record));
      await vbox.startVm(vm, properties.gui ? 'gui' : 'headless');
      logger.info('VM created', { vm, stemcell: sc, host: host.description });
    } catch (error) {
      await this.removeVm(vm, sc, cloned).catch((e) => logger.warn('cleanup of a failed create_vm failed', { vm, error: String(e) }));
      throw asCreationFailure(vm, error);
    }
  }

  private async writeSettingsIso(vm: VmCid, kind: SettingsMediumKind, settings: AgentSettings, previous?: string): Promise<string> {
    const layout = await this.session.layout();
    // A new file each time: VirtualBox keeps an image it has open, so it is never rewritten in place.
    let iso = layout.settingsIso(vm, this.ids.hex(8));
    while (iso === previous) iso = layout.settingsIso(vm, this.ids.hex(8));
    await this.session.host.writeFile(iso, this.medium.build(kind, settings));
    return iso;
  }

  private async mustInfo(vm: VmCid): Promise<VmInfo> {
    const info = await this.session.vbox.showVmInfo(vm);
    if (!info) throw failure('vm_not_found', `VM ${vm} does not exist`);
    return info;
  }

  async deleteVm(cid: VmCid): Promise<void> {
    const data = await this.session.vbox.enumerateExtraData(cid);
    const stemcell = data ? (readRecord(data)?.stemcell as StemcellCid | undefined) : undefined;
    await this.removeVm(cid, stemcell, data !== undefined);
    await this.creations.forgetMarksOf(cid);
  }

  /** The VM's record; vm_not_found when there is no such VM. */
  private async record(cid: VmCid): Promise<VmRecord> {
    const data = await this.session.vbox.enumerateExtraData(cid);
    if (!data) throw failure('vm_not_found', `VM ${cid} does not exist`);
    const record = readRecord(data);
    if (!record)
      throw failure('infrastructure', `VM ${cid} carries no CPI record in its extradata (${KEYS.vm}); it was not made by this CPI`);
    return record;
  }

  private async removeVm(vm: VmCid, stemcell: StemcellCid | undefined, registered: boolean): Promise<void> {
    await removeVmObjects(this.session, this.locks, vm, stemcell, registered);
  }

  async hasVm(cid: VmCid): Promise<boolean> {
    return (await this.session.vbox.showVmInfo(cid)) !== undefined;
  }

  /** A running VM is reset (the VM process, its session and GUI mode stay); a stopped one is started. */
  async rebootVm(cid: VmCid): Promise<void> {
    const { vbox } = this.session;
    const info = await this.mustInfo(cid);
    if (info.state === 'paused') await vbox.controlVm(cid, 'resume');
    if (isActiveState(info.state)) await vbox.controlVm(cid, 'reset');
    else await vbox.startVm(cid, info.values.get('SessionName') === 'gui' ? 'gui' : 'headless');
  }

  /**
   * Stored in extradata, which VirtualBox lets one change while the VM runs (`modifyvm
   * --description` would need the session lock the running VM holds).
   */
  async setVmMetadata(cid: VmCid, metadata: Readonly<Record<string, string>>): Promise<void> {
    try {
      await this.session.vbox.setExtraData(cid, KEYS.metadata, JSON.stringify(metadata));
    } catch (error) {
      if (notFound(error)) throw failure('vm_not_found', `VM ${cid} does not exist`);
      throw error;
    }
  }

  async readAgentSettings(cid: VmCid): Promise<AgentSettings> {
    return (await this.record(cid)).settings;
  }

  async writeAgentSettings(cid: VmCid, settings: AgentSettings): Promise<void> {
    const { vbox, host, logger } = this.session;
    const record = await this.record(cid);
    const previous = record.settingsIso;
    const iso = await this.writeSettingsIso(cid, record.medium, settings, previous);
    const { controller, port } = record.settingsSlot;
    await vbox.storageAttach(cid, { controller, port, device: 0, type: 'dvddrive', medium: iso });
    await vbox.setExtraData(cid, KEYS.vm, JSON.stringify({ ...record, settingsIso: iso, settings } satisfies VmRecord));
    if (previous !== iso) {
      await vbox.closeMedium('dvd', previous, false).catch((error) => {
        if (!notFound(error)) logger.warn('closing the previous settings CD failed', { iso: previous, error: String(error) });
      });
      await host.remove(previous);
    }
  }
}

function readRecord(data: ReadonlyMap<string, string>): VmRecord | undefined {
  const text = data.get(KEYS.vm);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as VmRecord;
  } catch {
    return undefined;
  }
}

function takePort(ports: number[], vm: VmCid): number {
  const port = ports.shift();
  if (port === undefined) throw failure('infrastructure', `no free SATA port on ${vm}`);
  return port;
}

/** Our NICs in plan order on adapters 1…n; adapters the stemcell brought beyond those are disabled. */
function nicSettings(
  plan: readonly { nic: NicPlan; network: ReturnType<typeof hostNetworkOf> }[],
  info: VmInfo,
  hostOnly: HostOnlyKind,
): NicSetting[] {
  const ordered = [...plan].sort((a, b) => a.nic.index - b.nic.index);
  const settings: NicSetting[] = ordered.map(({ nic, network }, i) => {
    const index = i + 1;
    const mac = vboxMac(nic.mac);
    switch (network.type) {
      case 'nat':
        return { index, attachment: { type: 'nat' }, mac };
      case 'natnetwork':
        return { index, attachment: { type: 'natnetwork', network: network.name }, mac };
      case 'hostonly':
        return hostOnly === 'networks'
          ? { index, attachment: { type: 'hostonlynet', network: network.name }, mac }
          : { index, attachment: { type: 'hostonly', adapter: network.name }, mac };
      case 'bridged':
        return { index, attachment: { type: 'bridged', adapter: network.name }, mac };
    }
  });
  for (const adapter of info.nics) {
    if (adapter.index > settings.length && adapter.type !== 'none') settings.push({ index: adapter.index, attachment: { type: 'none' } });
  }
  return settings;
}

/** VirtualBox's failures and time-outs are the VM's; any other DomainError keeps its kind. */
function asCreationFailure(vm: VmCid, error: unknown): unknown {
  if (DomainError.is(error) && !['infrastructure', 'timeout'].includes(error.kind)) return error;
  return vmCreationFailure(error, `creating VM ${vm}`);
}
