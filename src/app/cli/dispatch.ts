import type { Cpi } from '../api/Cpi.js';
import type { MethodName } from '../protocol/methodArguments.js';

type Handler = (cpi: Cpi, args: readonly unknown[], apiVersion: number) => Promise<unknown>;

/** The arguments were checked against METHOD_ARGUMENTS already, and the facade checks them again. */
const call = <T>(method: (...args: never[]) => Promise<T>, cpi: Cpi, args: readonly unknown[]) => method.apply(cpi, args as never[]);
const nothing = async (done: Promise<unknown>) => {
  await done;
  return null;
};

/** The wire result of each method, shaped by the API version the request asked for (docs/cpi-protocol.md §4). */
export const HANDLERS: Readonly<Record<MethodName, Handler>> = {
  info: (cpi) => cpi.info(),
  create_stemcell: (cpi, args) => call(cpi.createStemcell, cpi, args),
  delete_stemcell: (cpi, args) => nothing(call(cpi.deleteStemcell, cpi, args)),
  create_vm: async (cpi, args, apiVersion) => {
    const vm = await call(cpi.createVm, cpi, args);
    return apiVersion >= 2 ? [vm.cid, vm.networks] : vm.cid;
  },
  delete_vm: (cpi, args) => nothing(call(cpi.deleteVm, cpi, args)),
  has_vm: (cpi, args) => call(cpi.hasVm, cpi, args),
  reboot_vm: (cpi, args) => nothing(call(cpi.rebootVm, cpi, args)),
  set_vm_metadata: (cpi, args) => nothing(call(cpi.setVmMetadata, cpi, args)),
  calculate_vm_cloud_properties: (cpi, args) => call(cpi.calculateVmCloudProperties, cpi, args),
  create_disk: (cpi, args) => call(cpi.createDisk, cpi, args),
  delete_disk: (cpi, args) => nothing(call(cpi.deleteDisk, cpi, args)),
  has_disk: (cpi, args) => call(cpi.hasDisk, cpi, args),
  attach_disk: async (cpi, args, apiVersion) => {
    const hint = await call(cpi.attachDisk, cpi, args);
    return apiVersion >= 2 ? hint : null;
  },
  detach_disk: (cpi, args) => nothing(call(cpi.detachDisk, cpi, args)),
  get_disks: (cpi, args) => call(cpi.getDisks, cpi, args),
  resize_disk: (cpi, args) => nothing(call(cpi.resizeDisk, cpi, args)),
  update_disk: (cpi, args) => call(cpi.updateDisk, cpi, args),
  set_disk_metadata: (cpi, args) => nothing(call(cpi.setDiskMetadata, cpi, args)),
  snapshot_disk: (cpi, args) => call(cpi.snapshotDisk, cpi, args),
  delete_snapshot: (cpi, args) => nothing(call(cpi.deleteSnapshot, cpi, args)),
  current_vm_id: (cpi) => cpi.currentVmId(),
  ping: (cpi) => cpi.ping(),
  configure_networks: (cpi, args) => call(cpi.configureNetworks, cpi, args),
  create_network: (cpi, args) => call(cpi.createNetwork, cpi, args),
  delete_network: (cpi, args) => call(cpi.deleteNetwork, cpi, args),
};
