import type { StemcellCid } from '../../domain/cid/Cid.js';
import { KEYS } from './layout.js';
import type { VirtualboxSession } from './VirtualboxSession.js';

/**
 * VMs cloned from a stemcell, from the global extradata index that createVm writes before
 * cloning. Entries of machines that no longer exist (a crashed call) are dropped.
 */
export async function liveStemcellUsers(session: VirtualboxSession, cid: StemcellCid): Promise<string[]> {
  const prefix = KEYS.stemcellUsersPrefix(cid);
  const global = (await session.vbox.enumerateExtraData('global')) ?? new Map<string, string>();
  const recorded = [...global.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  if (recorded.length === 0) return [];
  const registered = new Set((await session.vbox.listVms()).map((v) => v.name));
  const live: string[] = [];
  for (const vm of recorded) {
    if (registered.has(vm)) live.push(vm);
    else await session.vbox.setExtraData('global', `${prefix}${vm}`, undefined);
  }
  return live;
}
