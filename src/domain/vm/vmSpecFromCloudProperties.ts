import { failure } from '../errors/DomainError.js';
import type { VmSpec } from './VmSpec.js';

/** What a VM gets when create_vm's cloud_properties say nothing (the Go CPIs' habits, more memory). */
export const VM_SPEC_DEFAULTS = { cpus: 1, memoryMiB: 1024, ephemeralDiskMiB: 5120 } as const;

/** Bounds that catch typos (GiB for MiB) before a hypervisor does, with a clearer message. */
export const VM_SPEC_LIMITS = {
  cpus: { min: 1, max: 256 },
  memoryMiB: { min: 128, max: 4 * 1024 * 1024 },
  /** 0 means no ephemeral disk: the agent then partitions the root disk. */
  ephemeralDiskMiB: { min: 0, max: 64 * 1024 * 1024 },
  rootDiskMiB: { min: 1, max: 64 * 1024 * 1024 },
} as const;

/**
 * Reads the hardware keys every driver understands: `cpus`, `memory` (MiB), `ephemeral_disk`
 * (MiB) and `root_disk` (MiB, at least the stemcell's size; absent means the stemcell's size).
 * Other keys stay in the cloud properties for the driver to read. Every problem is reported at once.
 */
export function vmSpecFromCloudProperties(cloudProperties: Readonly<Record<string, unknown>>): VmSpec {
  const problems: string[] = [];
  const read = (key: string, limits: { min: number; max: number }, fallback: number | undefined) => {
    const value = cloudProperties[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      problems.push(`${key} must be an integer, got ${JSON.stringify(value)}`);
      return fallback;
    }
    if (value < limits.min || value > limits.max) {
      problems.push(`${key} must be between ${limits.min} and ${limits.max}, got ${value}`);
      return fallback;
    }
    return value;
  };
  const cpus = read('cpus', VM_SPEC_LIMITS.cpus, VM_SPEC_DEFAULTS.cpus);
  const memoryMiB = read('memory', VM_SPEC_LIMITS.memoryMiB, VM_SPEC_DEFAULTS.memoryMiB);
  const ephemeralDiskMiB = read('ephemeral_disk', VM_SPEC_LIMITS.ephemeralDiskMiB, VM_SPEC_DEFAULTS.ephemeralDiskMiB);
  const rootDiskMiB = read('root_disk', VM_SPEC_LIMITS.rootDiskMiB, undefined);
  if (problems.length > 0) throw failure('invalid_request', `invalid VM cloud_properties: ${problems.join('; ')}`);
  return {
    cpus: cpus as number,
    memoryMiB: memoryMiB as number,
    ephemeralDiskMiB: ephemeralDiskMiB as number,
    ...(rootDiskMiB === undefined ? {} : { rootDiskMiB }),
  };
}
