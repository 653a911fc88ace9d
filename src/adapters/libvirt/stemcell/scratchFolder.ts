import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { StemcellCid } from '../../../domain/cid/Cid.js';

/**
 * The local scratch folder a create_stemcell converts its disk in carries the stemcell's CID
 * (`bosh-libvirt-cpi-stemcell.<CID>.<random>`), so that when the call is killed, the sweep of its
 * creation mark finds and removes the folder with the other objects named after that CID.
 */
export function scratchPrefix(cid: StemcellCid): string {
  return `bosh-libvirt-cpi-stemcell.${cid}.`;
}

/** Removes the scratch folders of `cid` in `tmpDir`; a missing folder is fine. */
export async function removeScratchOf(tmpDir: string, cid: StemcellCid): Promise<void> {
  let names: string[];
  try {
    names = await readdir(tmpDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const name of names) if (name.startsWith(scratchPrefix(cid))) await rm(join(tmpDir, name), { recursive: true, force: true });
}
