import type { HostFinding } from '../../../ports/HostProbe.js';

const GiB = 1024 ** 3;
/** Below this a stemcell import alone (a few GiB once converted) is likely to fail. */
export const FREE_SPACE_FAIL_BYTES = 2 * GiB;
/** Below this a director with its persistent and ephemeral disks fills the pool in days. */
export const FREE_SPACE_WARN_BYTES = 20 * GiB;

export function formatBytes(bytes: number): string {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1)} GiB`;
  return `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
}

/** The free-space row of the report, for `where` (a pool or a folder) with `available` bytes. */
export function freeSpaceFinding(where: string, available: number): HostFinding {
  const detail = `${formatBytes(available)} free in ${where}`;
  if (available < FREE_SPACE_FAIL_BYTES) {
    return {
      check: 'free space',
      status: 'fail',
      detail: `${detail}; a stemcell import needs a few GiB`,
      fix: `free space on that filesystem, or point libvirt.pool at a pool on a larger one`,
    };
  }
  if (available < FREE_SPACE_WARN_BYTES) {
    return {
      check: 'free space',
      status: 'warn',
      detail: `${detail}; stemcells, ephemeral and persistent disks need tens of GiB`,
      fix: `free space on that filesystem before deploying more than a director`,
    };
  }
  return { check: 'free space', status: 'ok', detail, fix: '' };
}
