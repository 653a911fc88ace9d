import type { VmCid } from '../../../src/domain/cid/Cid.js';
import type { AgentSettings } from '../../../src/domain/settings/AgentSettings.js';
import type { StemcellRecord } from '../../../src/domain/stemcell/StemcellRecord.js';
import type { VmCreation } from '../../../src/ports/VmDriver.js';

/** The agent settings every such VM gets. */
export const AGENT_SETTINGS: AgentSettings = {
  agent_id: 'agent',
  vm: { name: 'x' },
  mbus: '',
  ntp: [],
  networks: {},
  disks: { system: '/dev/vda', persistent: {} },
  env: {},
};

/** What the app hands the libvirt VM driver for a small VM with one NIC, for the driver's unit tests. */
export function vmCreation(cid: VmCid, stemcell: StemcellRecord, overrides: Partial<VmCreation> = {}): VmCreation {
  return {
    cid,
    agentId: 'agent',
    stemcell,
    spec: { cpus: 1, memoryMiB: 128, ephemeralDiskMiB: 64 },
    nics: [{ index: 0, mac: '52:54:00:00:00:01', networkNames: ['default'], cloudProperties: {} }],
    settings: AGENT_SETTINGS,
    medium: 'config-drive',
    cloudProperties: {},
    diskCids: [],
    ...overrides,
  };
}
