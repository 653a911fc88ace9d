import type { StemcellCid, VmCid } from '../../domain/cid/Cid.js';
import { failure } from '../../domain/errors/DomainError.js';
import type { Locks } from '../../ports/Locks.js';
import { KEYS, persistentDiskCid, stemcellLock } from './layout.js';
import { powerOff } from './machineOps.js';
import { liveStemcellUsers } from './stemcellUsers.js';
import type { VirtualboxSession } from './VirtualboxSession.js';
import { VBoxManageFailure } from './vboxmanage/VBoxManageFailure.js';

const notFound = (error: unknown) => VBoxManageFailure.isClass(error, 'not_found');

/**
 * Removes a VM and what belongs to it (delete_vm, the cleanup of a failed create_vm, the sweep of
 * a killed one), never a persistent disk: those are detached first, and checked gone before
 * `unregistervm --delete` deletes the remaining (own) hard disks.
 */
export async function removeVmObjects(
  session: VirtualboxSession,
  locks: Locks,
  vm: VmCid,
  stemcell: StemcellCid | undefined,
  registered: boolean,
): Promise<void> {
  const { vbox, host, logger } = session;
  const layout = await session.layout();
  let info = registered ? await vbox.showVmInfo(vm) : undefined;
  if (info) info = await powerOff(session, vm, info);
  if (info) {
    const persistent = info.attachments.filter((s) => persistentDiskCid(s.location));
    for (const slot of persistent) {
      await vbox.storageAttach(vm, { controller: slot.controller, port: slot.port, device: slot.device, type: 'hdd', medium: 'none' });
    }
    if (persistent.length > 0) info = await vbox.showVmInfo(vm);
    const stillAttached = (info?.attachments ?? []).filter((s) => persistentDiskCid(s.location));
    if (stillAttached.length > 0) {
      throw failure(
        'infrastructure',
        `persistent disks ${stillAttached.map((s) => s.location).join(', ')} are still attached to ${vm}; not deleting it`,
      );
    }
    try {
      await vbox.unregisterVm(vm, true);
    } catch (error) {
      if (!notFound(error)) throw error;
    }
  }
  // DVD images stay registered after unregistervm; close them before removing their files.
  const dir = layout.vmDir(vm);
  if (await host.exists(dir)) {
    for (const name of await host.list(dir)) {
      const file = `${dir}/${name}`;
      const kind = name.endsWith('.iso') ? 'dvd' : name.endsWith('.vdi') ? 'disk' : undefined;
      if (!kind) continue;
      await vbox.closeMedium(kind, file, false).catch((error) => {
        if (!notFound(error)) logger.warn('closing a medium of a deleted VM failed', { file, error: String(error) });
      });
    }
    await host.remove(dir);
  }
  await releaseStemcell(session, locks, vm, stemcell);
}

/** Drops the VM from its stemcell's users, and deletes a stemcell marked deleted once unused. */
async function releaseStemcell(session: VirtualboxSession, locks: Locks, vm: VmCid, stemcell: StemcellCid | undefined): Promise<void> {
  const { vbox, config, logger } = session;
  if (!stemcell) return;
  await locks.withLock(
    stemcellLock(stemcell),
    async () => {
      await vbox.setExtraData('global', KEYS.stemcellUser(stemcell, vm), undefined);
      const data = await vbox.enumerateExtraData(stemcell);
      if (data?.get(KEYS.stemcellDeleted) !== 'true') return;
      if ((await liveStemcellUsers(session, stemcell)).length > 0) return;
      logger.info('deleting a stemcell whose deletion waited for its last VM', { stemcell });
      try {
        await vbox.unregisterVm(stemcell, true);
      } catch (error) {
        if (!notFound(error)) throw error;
      }
    },
    { timeoutMs: config.timeouts.lock_s * 1000 },
  );
}
