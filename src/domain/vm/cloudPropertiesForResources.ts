import { vmSpecFromCloudProperties } from './vmSpecFromCloudProperties.js';

/** The `vm_resources` block of a deployment manifest, as calculate_vm_cloud_properties receives it. */
export interface VmResources {
  readonly cpu: number;
  /** MiB */
  readonly ram: number;
  /** MiB */
  readonly ephemeral_disk_size: number;
}

/**
 * Turns `vm_resources` into cloud properties that create_vm accepts; refuses what create_vm
 * would refuse, so the director learns it at deploy planning rather than at VM creation.
 */
export function cloudPropertiesForResources(resources: VmResources): Record<string, number> {
  const cloudProperties = { cpus: resources.cpu, memory: resources.ram, ephemeral_disk: resources.ephemeral_disk_size };
  vmSpecFromCloudProperties(cloudProperties);
  return cloudProperties;
}
