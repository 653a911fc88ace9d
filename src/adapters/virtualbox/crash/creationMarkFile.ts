import path from 'node:path';
import { isCid } from '../../../domain/cid/Cid.js';

/**
 * A creation in progress is marked by an empty file `creating/<creation id>.<CID>` in the
 * store directory, written before the first object of the creation and removed after the last
 * one is complete. VirtualBox and its store directory are the only database: whoever sees the
 * mark knows which objects are unfinished (all of them are named after the CID), since when
 * (the id starts with the epoch second), and which creator record to ask whether the creator
 * still runs.
 */
export const MARKS_DIR = 'creating';

export { CREATION_LEASE_S } from '../../system/CreationLedger.js';

export type MarkKind = 'vm' | 'stemcell' | 'disk';

export interface CreationMarkFile {
  /** The mark's path on the VirtualBox host. */
  readonly path: string;
  readonly creationId: string;
  readonly cid: string;
  readonly kind: MarkKind;
}

export function marksDir(storeRoot: string): string {
  return path.posix.join(storeRoot, MARKS_DIR);
}

export function markPath(storeRoot: string, creationId: string, cid: string): string {
  return path.posix.join(marksDir(storeRoot), `${creationId}.${cid}`);
}

/** The mark a file of the marks folder stands for; undefined for any other file name. */
export function parseMarkFile(storeRoot: string, name: string): CreationMarkFile | undefined {
  const [creationId, cid, ...rest] = name.split('.');
  if (!creationId || !cid || rest.length > 0 || !/^\d+-[0-9a-f]+$/.test(creationId)) return undefined;
  for (const kind of ['vm', 'stemcell', 'disk'] as const) {
    if (isCid(kind, cid)) return { path: markPath(storeRoot, creationId, cid), creationId, cid, kind };
  }
  return undefined;
}
