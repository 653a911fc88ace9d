import { inject, injectable } from 'inversify';
import type { VmCid } from '../../domain/cid/Cid.js';
import { failure } from '../../domain/errors/DomainError.js';
import type { AgentSettings } from '../../domain/settings/AgentSettings.js';
import type { StemcellRecord } from '../../domain/stemcell/StemcellRecord.js';
import type { VmSpec } from '../../domain/vm/VmSpec.js';
import type { DiskLayout, VmCreation, VmDriver } from '../../ports/VmDriver.js';
import type { MemoryState, MemoryVm } from './MemoryState.js';
import { MemoryStore } from './MemoryStore.js';

const MiB = 1024 * 1024;

@injectable()
export class MemoryVmDriver implements VmDriver {
  constructor(@inject(MemoryStore) private readonly store: MemoryStore) {}

  /** Device names as a KVM guest would see them: virtio for OpenStack images, SCSI for vSphere. */
  diskLayout(stemcell: StemcellRecord, spec: VmSpec): DiskLayout {
    const prefix = stemcell.kind === 'openstack' ? '/dev/vd' : '/dev/sd';
    return { system: `${prefix}a`, ...(spec.ephemeralDiskMiB > 0 ? { ephemeral: { path: `${prefix}b` } } : {}) };
  }

  async createVm(creation: VmCreation): Promise<void> {
    if (creation.spec.rootDiskMiB !== undefined && creation.spec.rootDiskMiB * MiB < creation.stemcell.sizeBytes) {
      throw failure(
        'invalid_request',
        `root_disk ${creation.spec.rootDiskMiB} MiB is smaller than stemcell ${creation.stemcell.cid} (${Math.ceil(creation.stemcell.sizeBytes / MiB)} MiB)`,
      );
    }
    await this.store.update((state) => {
      if (state.vms[creation.cid]) throw failure('infrastructure', `VM ${creation.cid} already exists`);
      state.vms[creation.cid] = {
        agentId: creation.agentId,
        stemcell: creation.stemcell.cid,
        spec: creation.spec,
        nics: [...creation.nics],
        settings: creation.settings,
        medium: creation.medium,
        cloudProperties: { ...creation.cloudProperties },
        metadata: {},
        boots: 1,
        disks: [],
      };
    });
  }

  async deleteVm(cid: VmCid): Promise<void> {
    await this.store.update((state) => {
      const vm = state.vms[cid];
      if (!vm) return;
      // Persistent disks outlive their VM (docs/cpi-protocol.md §5.2 delete_vm): detach, never delete.
      for (const { cid: disk } of vm.disks) {
        const record = state.disks[disk];
        if (record) delete record.attachedTo;
      }
      delete state.vms[cid];
    });
  }

  async hasVm(cid: VmCid): Promise<boolean> {
    return this.store.read((state) => state.vms[cid] !== undefined);
  }

  async rebootVm(cid: VmCid): Promise<void> {
    await this.store.update((state) => {
      existingVm(state, cid).boots++;
    });
  }

  async setVmMetadata(cid: VmCid, metadata: Readonly<Record<string, string>>): Promise<void> {
    await this.store.update((state) => {
      existingVm(state, cid).metadata = { ...metadata };
    });
  }

  async readAgentSettings(cid: VmCid): Promise<AgentSettings> {
    return this.store.read((state) => existingVm(state, cid).settings);
  }

  async writeAgentSettings(cid: VmCid, settings: AgentSettings): Promise<void> {
    await this.store.update((state) => {
      existingVm(state, cid).settings = settings;
    });
  }
}

export function existingVm(state: MemoryState, cid: string): MemoryVm {
  const vm = state.vms[cid];
  if (!vm) throw failure('vm_not_found', `VM ${cid} does not exist`);
  return vm;
}
