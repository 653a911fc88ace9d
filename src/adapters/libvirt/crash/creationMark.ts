import { isCid } from '../../../domain/cid/Cid.js';

/**
 * A creation in progress is marked in the pool by an empty volume
 * `cpi-creating.<creation id>.<CID>`, made before the first object of the creation and deleted
 * after the last one is complete. The hypervisor is the only database: whoever sees the mark
 * knows which objects are unfinished (all of them are named after the CID), since when (the id
 * starts with the epoch second), and which creator record to ask whether the creator still runs.
 */
export const MARK_PREFIX = 'cpi-creating.';

export { CREATION_LEASE_S } from '../../system/CreationLedger.js';

export type CreationCid = string;

export interface CreationMark {
  readonly volume: string;
  readonly creationId: string;
  readonly cid: CreationCid;
  readonly kind: 'vm' | 'stemcell' | 'disk' | 'snapshot';
}

export function markVolumeName(creationId: string, cid: CreationCid): string {
  return `${MARK_PREFIX}${creationId}.${cid}`;
}

export function parseMark(volume: string): CreationMark | undefined {
  if (!volume.startsWith(MARK_PREFIX)) return undefined;
  const [creationId, cid, ...rest] = volume.slice(MARK_PREFIX.length).split('.');
  if (!creationId || !cid || rest.length > 0 || !/^\d+-[0-9a-f]+$/.test(creationId)) return undefined;
  for (const kind of ['vm', 'stemcell', 'disk', 'snapshot'] as const) {
    if (isCid(kind, cid)) return { volume, creationId, cid, kind };
  }
  return undefined;
}
