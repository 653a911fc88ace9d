import * as z from 'zod/mini';
import { cloudPropertiesForResources } from '../../domain/vm/cloudPropertiesForResources.js';
import { cpiInfo } from '../usecases/cpiInfo.js';
import { anyArguments, cidOf, metadata, networkSpecs, optionalObject, sizeMiB, vmResources } from './argumentSchemas.js';
import { type CpiMethod, computed, type FacadeName, refused, served } from './CpiMethod.js';

const vmCid = () => cidOf('vm');
const diskCid = () => cidOf('disk');

/**
 * Every CPI method (docs/cpi-protocol.md §5), in the protocol's order: its arguments, what
 * answers it (the use case that serves it through the driver, or the computation that needs
 * none) and its answer per API version, or the reason it is refused. The library's Cpi object
 * (libraryFacade), the executable's dispatch (runCli), the MethodRunner and docs/methods.md
 * (`npm run docs:methods`) are all derived from this table.
 */
export const CPI_METHODS = {
  info: computed({
    facade: 'info',
    argumentNames: [],
    schema: () => anyArguments(),
    compute: (_args, driver) => cpiInfo(driver.formats),
    summary: 'The API version and the stemcell formats of the configured driver; contacts no hypervisor.',
    answers: '{api_version: 2, stemcell_formats}',
  }),
  create_stemcell: served({
    facade: 'createStemcell',
    argumentNames: ['image_path', 'cloud_properties', 'env'],
    schema: () => z.tuple([z.string().check(z.minLength(1)), optionalObject(), z.optional(z.unknown())]),
    useCase: async () => (await import('../usecases/CreateStemcell.js')).CreateStemcell,
    summary: 'Imports the image; its format is read from its content, never from stemcell.MF.',
    answers: 'stemcell CID',
  }),
  delete_stemcell: served({
    facade: 'deleteStemcell',
    argumentNames: ['stemcell_cid'],
    schema: () => z.tuple([cidOf('stemcell')]),
    useCase: async () => (await import('../usecases/DeleteStemcell.js')).DeleteStemcell,
    summary: 'Idempotent: a missing stemcell is success.',
    answers: 'null',
  }),
  create_vm: served({
    facade: 'createVm',
    argumentNames: ['agent_id', 'stemcell_cid', 'cloud_properties', 'networks', 'disk_cids', 'env'],
    schema: () =>
      z.tuple([
        z.string().check(z.minLength(1)),
        cidOf('stemcell'),
        optionalObject(),
        networkSpecs(),
        z.pipe(
          z.nullish(z.array(diskCid())),
          z.transform((value) => value ?? []),
        ),
        optionalObject(),
      ]),
    useCase: async () => (await import('../usecases/CreateVm.js')).CreateVm,
    summary: 'Creates and starts a VM; a failure is VMCreationFailed and leaves nothing behind.',
    answer: (vm, apiVersion) => (apiVersion >= 2 ? [vm.cid, vm.networks] : vm.cid),
    answers: { v1: 'VM CID', v2: '[VM CID, networks]' },
  }),
  delete_vm: served({
    facade: 'deleteVm',
    argumentNames: ['vm_cid'],
    schema: () => z.tuple([vmCid()]),
    useCase: async () => (await import('../usecases/DeleteVm.js')).DeleteVm,
    summary:
      "Idempotent; powers the VM off (at once by default; libvirt's `delete_vm_shutdown: graceful` asks the guest first); never deletes persistent disks.",
    answers: 'null',
  }),
  has_vm: served({
    facade: 'hasVm',
    argumentNames: ['vm_cid'],
    schema: () => z.tuple([vmCid()]),
    useCase: async () => (await import('../usecases/HasVm.js')).HasVm,
    summary: '`false` for an unknown CID.',
    answers: 'boolean',
  }),
  reboot_vm: served({
    facade: 'rebootVm',
    argumentNames: ['vm_cid'],
    schema: () => z.tuple([vmCid()]),
    useCase: async () => (await import('../usecases/RebootVm.js')).RebootVm,
    summary: 'VMNotFound for an unknown VM.',
    answers: 'null',
  }),
  set_vm_metadata: served({
    facade: 'setVmMetadata',
    argumentNames: ['vm_cid', 'metadata'],
    schema: () => z.tuple([vmCid(), metadata()]),
    useCase: async () => (await import('../usecases/SetVmMetadata.js')).SetVmMetadata,
    summary: 'Values are kept as strings; VMNotFound for an unknown VM.',
    answers: 'null',
  }),
  calculate_vm_cloud_properties: computed({
    facade: 'calculateVmCloudProperties',
    argumentNames: ['vm_resources'],
    schema: () => z.tuple([vmResources()]),
    compute: ([resources]) => cloudPropertiesForResources(resources),
    summary: 'VM cloud properties from `vm_resources`; contacts no hypervisor.',
    answers: '{cpus, memory, ephemeral_disk}',
  }),
  create_disk: served({
    facade: 'createDisk',
    argumentNames: ['size', 'cloud_properties', 'vm_cid'],
    schema: () =>
      z.tuple([
        sizeMiB(),
        optionalObject(),
        z.pipe(
          z.nullish(vmCid()),
          z.transform((value) => value ?? null),
        ),
      ]),
    useCase: async () => (await import('../usecases/CreateDisk.js')).CreateDisk,
    summary: 'A persistent disk of `size` MiB; the VM is only a placement hint.',
    answers: 'disk CID',
  }),
  delete_disk: served({
    facade: 'deleteDisk',
    argumentNames: ['disk_cid'],
    schema: () => z.tuple([diskCid()]),
    useCase: async () => (await import('../usecases/DeleteDisk.js')).DeleteDisk,
    summary: 'Idempotent; a disk still attached is refused, naming the VM.',
    answers: 'null',
  }),
  has_disk: served({
    facade: 'hasDisk',
    argumentNames: ['disk_cid'],
    schema: () => z.tuple([diskCid()]),
    useCase: async () => (await import('../usecases/HasDisk.js')).HasDisk,
    summary: '`false` for an unknown CID.',
    answers: 'boolean',
  }),
  attach_disk: served({
    facade: 'attachDisk',
    argumentNames: ['vm_cid', 'disk_cid'],
    schema: () => z.tuple([vmCid(), diskCid()]),
    useCase: async () => (await import('../usecases/AttachDisk.js')).AttachDisk,
    summary: 'Re-attaching to the same VM answers the same hint; agents of stemcells before API v2 also find it in their settings.',
    answer: (hint, apiVersion) => (apiVersion >= 2 ? hint : null),
    answers: { v1: 'null', v2: 'disk hint' },
  }),
  detach_disk: served({
    facade: 'detachDisk',
    argumentNames: ['vm_cid', 'disk_cid'],
    schema: () => z.tuple([vmCid(), diskCid()]),
    useCase: async () => (await import('../usecases/DetachDisk.js')).DetachDisk,
    summary: 'A disk not attached to that VM is success.',
    answers: 'null',
  }),
  get_disks: served({
    facade: 'getDisks',
    argumentNames: ['vm_cid'],
    schema: () => z.tuple([vmCid()]),
    useCase: async () => (await import('../usecases/GetDisks.js')).GetDisks,
    summary: 'The persistent disks attached to the VM; VMNotFound for an unknown VM.',
    answers: 'array of disk CIDs',
  }),
  resize_disk: served({
    facade: 'resizeDisk',
    argumentNames: ['disk_cid', 'new_size'],
    schema: () => z.tuple([diskCid(), sizeMiB()]),
    useCase: async () => (await import('../usecases/ResizeDisk.js')).ResizeDisk,
    summary: 'Grows a detached disk; shrinking is NotSupported (the director then copies).',
    answers: 'null',
  }),
  update_disk: served({
    facade: 'updateDisk',
    argumentNames: ['disk_cid', 'new_size', 'cloud_properties'],
    schema: () => z.tuple([diskCid(), sizeMiB(), optionalObject()]),
    useCase: async () => (await import('../usecases/UpdateDisk.js')).UpdateDisk,
    summary: 'Resizes in place; disk cloud properties are logged and ignored.',
    answers: 'null (the disk keeps its CID)',
  }),
  set_disk_metadata: served({
    facade: 'setDiskMetadata',
    argumentNames: ['disk_cid', 'metadata'],
    schema: () => z.tuple([diskCid(), metadata()]),
    useCase: async () => (await import('../usecases/SetDiskMetadata.js')).SetDiskMetadata,
    summary: 'Values are kept as strings; DiskNotFound for an unknown disk.',
    answers: 'null',
  }),
  snapshot_disk: served({
    facade: 'snapshotDisk',
    argumentNames: ['disk_cid', 'metadata'],
    schema: () => z.tuple([diskCid(), metadata()]),
    useCase: async () => (await import('../usecases/SnapshotDisk.js')).SnapshotDisk,
    summary: 'A standalone copy of the disk, also while a running VM uses it.',
    answers: 'snapshot CID',
  }),
  delete_snapshot: served({
    facade: 'deleteSnapshot',
    argumentNames: ['snapshot_cid'],
    schema: () => z.tuple([cidOf('snapshot')]),
    useCase: async () => (await import('../usecases/DeleteSnapshot.js')).DeleteSnapshot,
    summary: 'Idempotent: a missing snapshot is success.',
    answers: 'null',
  }),
  current_vm_id: refused(
    'currentVmId',
    'not_implemented',
    "current_vm_id is not implemented: it serves only the director's deprecated self-snapshots, and a CPI process cannot tell reliably which of its VMs it runs in",
  ),
  ping: refused('ping', 'not_implemented', 'ping is not implemented: no caller sends it; info answers whether the CPI runs'),
  configure_networks: refused(
    'configureNetworks',
    'not_supported',
    "configure_networks is not supported: a VM's NICs and MACs are fixed when create_vm builds it; the director recreates the VM instead",
  ),
  create_network: refused(
    'createNetwork',
    'not_implemented',
    "create_network is not implemented: CPI-managed networks are not offered; define the host network on the hypervisor and name it in the network's cloud_properties",
  ),
  delete_network: refused(
    'deleteNetwork',
    'not_implemented',
    "delete_network is not implemented: CPI-managed networks are not offered; host networks belong to the hypervisor's administrator",
  ),
} as const satisfies Record<string, CpiMethod>;

export type MethodName = keyof typeof CPI_METHODS;

export function isMethodName(value: string): value is MethodName {
  return Object.hasOwn(CPI_METHODS, value);
}

// The compiler holds the table to the library's Cpi: a method of Cpi without an entry is named here.
type Covered = (typeof CPI_METHODS)[MethodName]['facade'];
const everyCpiMethodHasAnEntry: [Exclude<FacadeName, Covered>] extends [never] ? true : Exclude<FacadeName, Covered> = true;
void everyCpiMethodHasAnEntry;
