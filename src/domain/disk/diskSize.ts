import { failure } from '../errors/DomainError.js';

/** The largest persistent disk we accept: 64 TiB, far above any local hypervisor's pool. */
export const MAX_DISK_MIB = 64 * 1024 * 1024;

/** A persistent disk size in MiB, as create_disk and resize_disk receive it. */
export function parseDiskSizeMiB(value: unknown, what = 'disk size'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_DISK_MIB) {
    throw failure('invalid_request', `${what} must be a whole number of MiB between 1 and ${MAX_DISK_MIB}, got ${JSON.stringify(value)}`);
  }
  return value;
}
