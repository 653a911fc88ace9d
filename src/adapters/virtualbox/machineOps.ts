import type { VmCid } from '../../domain/cid/Cid.js';
import { failure } from '../../domain/errors/DomainError.js';
import { SATA_CONTROLLER, SATA_PORTS } from './layout.js';
import type { VirtualboxSession } from './VirtualboxSession.js';
import { isActiveState, type StorageController, type VmInfo } from './vboxmanage/VmInfo.js';

/** The machine's SATA controller: the stemcell's own if it has one (PIIX3 allows one), else a new one. */
export async function ensureSataController(session: VirtualboxSession, vm: VmCid, info: VmInfo): Promise<StorageController> {
  const existing = info.controllers.find((c) => c.bus === 'sata');
  if (existing) {
    if (existing.portCount < SATA_PORTS) await session.vbox.storageCtlPortCount(vm, existing.name, SATA_PORTS);
    return { ...existing, portCount: SATA_PORTS };
  }
  await session.vbox.storageCtlAdd(vm, SATA_CONTROLLER, 'sata', 'IntelAhci', SATA_PORTS);
  return { name: SATA_CONTROLLER, type: 'IntelAhci', bus: 'sata', instance: 0, portCount: SATA_PORTS, maxPortCount: SATA_PORTS };
}

export function sataController(info: VmInfo): StorageController | undefined {
  return info.controllers.find((c) => c.bus === 'sata');
}

/** Free ports of a controller, lowest first. */
export function freePorts(info: VmInfo, controller: string): number[] {
  return info.freeSlots
    .filter((s) => s.controller === controller && s.device === 0)
    .map((s) => s.port)
    .sort((a, b) => a - b);
}

/** Powers the VM off if it runs, waits (bounded) until VirtualBox reports it off, and returns its state then. */
export async function powerOff(session: VirtualboxSession, vm: VmCid, info: VmInfo): Promise<VmInfo | undefined> {
  if (!isActiveState(info.state)) return info;
  const { vbox, clock, config } = session;
  try {
    await vbox.controlVm(vm, 'poweroff');
  } catch (error) {
    // "not currently running": it stopped by itself meanwhile; the state check below decides.
    if (!(error instanceof Error && /not currently running/.test(error.message))) throw error;
  }
  const deadline = clock.now() + config.timeouts.power_off_s * 1000;
  for (;;) {
    const now = await vbox.showVmInfo(vm);
    if (!now || !isActiveState(now.state)) return now;
    if (clock.now() >= deadline) {
      throw failure('timeout', `VM ${vm} is still ${now.state} ${config.timeouts.power_off_s} s after power-off`, { okToRetry: true });
    }
    await clock.sleep(500);
  }
}
