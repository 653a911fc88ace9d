import { inject, injectable, type Newable } from 'inversify';
import type { DiskCid, SnapshotCid, StemcellCid } from '../domain/cid/Cid.js';
import type { NetworkSpec } from '../domain/network/NetworkSpec.js';
import type { DiskHint } from '../domain/settings/AgentSettings.js';
import type { VmResources } from '../domain/vm/cloudPropertiesForResources.js';
import { DriverSession } from '../ports/DriverSession.js';
import type { CloudProperties, Cpi, CreatedVm, Metadata } from './api/Cpi.js';
import { parseMethodArguments } from './protocol/methodArguments.js';
import { DriverLoader, UseCaseResolver } from './tokens.js';
import { AttachDisk } from './usecases/AttachDisk.js';
import { CalculateVmCloudProperties } from './usecases/CalculateVmCloudProperties.js';
import { CreateDisk } from './usecases/CreateDisk.js';
import { CreateStemcell } from './usecases/CreateStemcell.js';
import { CreateVm } from './usecases/CreateVm.js';
import { DeleteDisk } from './usecases/DeleteDisk.js';
import { DeleteSnapshot } from './usecases/DeleteSnapshot.js';
import { DeleteStemcell } from './usecases/DeleteStemcell.js';
import { DeleteVm } from './usecases/DeleteVm.js';
import { DetachDisk } from './usecases/DetachDisk.js';
import { GetDisks } from './usecases/GetDisks.js';
import { HasDisk } from './usecases/HasDisk.js';
import { HasVm } from './usecases/HasVm.js';
import { Info, type CpiInfo } from './usecases/Info.js';
import { RebootVm } from './usecases/RebootVm.js';
import { ResizeDisk } from './usecases/ResizeDisk.js';
import { SetDiskMetadata } from './usecases/SetDiskMetadata.js';
import { SetVmMetadata } from './usecases/SetVmMetadata.js';
import { SnapshotDisk } from './usecases/SnapshotDisk.js';
import { UNSUPPORTED_METHODS } from './usecases/unsupportedMethods.js';
import { UpdateDisk } from './usecases/UpdateDisk.js';

/**
 * The Cpi of the library and of the executable: validates each call's arguments, then runs
 * its use case. Use cases are built on first use, so `info` builds no driver.
 */
@injectable()
export class CpiFacade implements Cpi {
  private usedDriver = false;

  constructor(
    @inject(UseCaseResolver) private readonly resolve: UseCaseResolver,
    @inject(DriverLoader) private readonly loadDriver: DriverLoader,
  ) {}

  async info(): Promise<CpiInfo> {
    parseMethodArguments('info', []);
    return this.resolve(Info).execute();
  }

  async createStemcell(imagePath: string, cloudProperties?: CloudProperties | null, env?: unknown): Promise<StemcellCid> {
    const [path, properties] = parseMethodArguments('create_stemcell', [imagePath, cloudProperties, env]);
    return (await this.driverUseCase(CreateStemcell)).execute(path, properties);
  }

  async deleteStemcell(stemcellCid: string): Promise<void> {
    const [cid] = parseMethodArguments('delete_stemcell', [stemcellCid]);
    await (await this.driverUseCase(DeleteStemcell)).execute(cid);
  }

  async createVm(
    agentId: string,
    stemcellCid: string,
    cloudProperties: CloudProperties | null,
    networks: Readonly<Record<string, NetworkSpec>>,
    diskCids?: readonly string[] | null,
    env?: CloudProperties | null,
  ): Promise<CreatedVm> {
    const [agent, stemcell, properties, parsedNetworks, disks, parsedEnv] = parseMethodArguments('create_vm', [
      agentId,
      stemcellCid,
      cloudProperties,
      networks,
      diskCids,
      env,
    ]);
    return (await this.driverUseCase(CreateVm)).execute({
      agentId: agent,
      stemcellCid: stemcell,
      cloudProperties: properties,
      networks: parsedNetworks,
      diskCids: disks,
      env: parsedEnv,
    });
  }

  async deleteVm(vmCid: string): Promise<void> {
    const [cid] = parseMethodArguments('delete_vm', [vmCid]);
    await (await this.driverUseCase(DeleteVm)).execute(cid);
  }

  async hasVm(vmCid: string): Promise<boolean> {
    const [cid] = parseMethodArguments('has_vm', [vmCid]);
    return (await this.driverUseCase(HasVm)).execute(cid);
  }

  async rebootVm(vmCid: string): Promise<void> {
    const [cid] = parseMethodArguments('reboot_vm', [vmCid]);
    await (await this.driverUseCase(RebootVm)).execute(cid);
  }

  async setVmMetadata(vmCid: string, metadata: Metadata | null): Promise<void> {
    const [cid, strings] = parseMethodArguments('set_vm_metadata', [vmCid, metadata]);
    await (await this.driverUseCase(SetVmMetadata)).execute(cid, strings);
  }

  async calculateVmCloudProperties(resources: VmResources): Promise<Record<string, number>> {
    const [parsed] = parseMethodArguments('calculate_vm_cloud_properties', [resources]);
    return this.resolve(CalculateVmCloudProperties).execute(parsed);
  }

  async createDisk(sizeMiB: number, cloudProperties?: CloudProperties | null, vmCid?: string | null): Promise<DiskCid> {
    const [size, properties, vm] = parseMethodArguments('create_disk', [sizeMiB, cloudProperties, vmCid]);
    return (await this.driverUseCase(CreateDisk)).execute(size, properties, vm);
  }

  async deleteDisk(diskCid: string): Promise<void> {
    const [cid] = parseMethodArguments('delete_disk', [diskCid]);
    await (await this.driverUseCase(DeleteDisk)).execute(cid);
  }

  async hasDisk(diskCid: string): Promise<boolean> {
    const [cid] = parseMethodArguments('has_disk', [diskCid]);
    return (await this.driverUseCase(HasDisk)).execute(cid);
  }

  async attachDisk(vmCid: string, diskCid: string): Promise<DiskHint> {
    const [vm, disk] = parseMethodArguments('attach_disk', [vmCid, diskCid]);
    return (await this.driverUseCase(AttachDisk)).execute(vm, disk);
  }

  async detachDisk(vmCid: string, diskCid: string): Promise<void> {
    const [vm, disk] = parseMethodArguments('detach_disk', [vmCid, diskCid]);
    await (await this.driverUseCase(DetachDisk)).execute(vm, disk);
  }

  async getDisks(vmCid: string): Promise<DiskCid[]> {
    const [cid] = parseMethodArguments('get_disks', [vmCid]);
    return (await this.driverUseCase(GetDisks)).execute(cid);
  }

  async resizeDisk(diskCid: string, newSizeMiB: number): Promise<void> {
    const [cid, size] = parseMethodArguments('resize_disk', [diskCid, newSizeMiB]);
    await (await this.driverUseCase(ResizeDisk)).execute(cid, size);
  }

  async updateDisk(diskCid: string, newSizeMiB: number, cloudProperties?: CloudProperties | null): Promise<DiskCid | null> {
    const [cid, size, properties] = parseMethodArguments('update_disk', [diskCid, newSizeMiB, cloudProperties]);
    return (await this.driverUseCase(UpdateDisk)).execute(cid, size, properties);
  }

  async setDiskMetadata(diskCid: string, metadata: Metadata | null): Promise<void> {
    const [cid, strings] = parseMethodArguments('set_disk_metadata', [diskCid, metadata]);
    await (await this.driverUseCase(SetDiskMetadata)).execute(cid, strings);
  }

  async snapshotDisk(diskCid: string, metadata?: Metadata | null): Promise<SnapshotCid> {
    const [cid, strings] = parseMethodArguments('snapshot_disk', [diskCid, metadata]);
    return (await this.driverUseCase(SnapshotDisk)).execute(cid, strings);
  }

  async deleteSnapshot(snapshotCid: string): Promise<void> {
    const [cid] = parseMethodArguments('delete_snapshot', [snapshotCid]);
    await (await this.driverUseCase(DeleteSnapshot)).execute(cid);
  }

  async currentVmId(): Promise<never> {
    throw UNSUPPORTED_METHODS.current_vm_id();
  }

  async ping(): Promise<never> {
    throw UNSUPPORTED_METHODS.ping();
  }

  async configureNetworks(): Promise<never> {
    throw UNSUPPORTED_METHODS.configure_networks();
  }

  async createNetwork(): Promise<never> {
    throw UNSUPPORTED_METHODS.create_network();
  }

  async deleteNetwork(): Promise<never> {
    throw UNSUPPORTED_METHODS.delete_network();
  }

  async close(): Promise<void> {
    if (!this.usedDriver) return;
    this.usedDriver = false;
    await this.resolve(DriverSession).close();
  }

  /** A use case that needs the driver, which is loaded first (on the first such call). */
  private async driverUseCase<T>(useCase: Newable<T>): Promise<T> {
    await this.loadDriver();
    this.usedDriver = true;
    return this.resolve(useCase);
  }
}
