/**
 * The hardware of a VM, from the `cloud_properties` of create_vm after defaults and limits.
 * Sizes in MiB. `rootDiskMiB` undefined means "the stemcell's own size".
 */
export interface VmSpec {
  readonly cpus: number;
  readonly memoryMiB: number;
  readonly ephemeralDiskMiB: number;
  readonly rootDiskMiB?: number;
}
