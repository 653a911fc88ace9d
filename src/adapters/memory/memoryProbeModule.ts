import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ContainerModule, inject, injectable } from 'inversify';
import type { HostFinding, HostProbe } from '../../ports/HostProbe.js';
import { HostProbe as HostProbeToken } from '../../ports/HostProbe.js';
import { type MemoryConfig, MemoryConfigToken } from './memoryConfig.js';

/**
 * `cpi doctor` for the memory driver: there is no host to check, only the folder of the state
 * file, which every call must be able to write (and lock) when one is configured.
 */
@injectable()
export class MemoryHostProbe implements HostProbe {
  constructor(@inject(MemoryConfigToken) private readonly config: MemoryConfig) {}

  async probe(): Promise<HostFinding[]> {
    const stateFile = this.config.state_file;
    if (stateFile === undefined) {
      return [{ check: 'memory state', status: 'ok', detail: 'kept in the process (no state_file): every call starts empty', fix: '' }];
    }
    const folder = dirname(stateFile);
    try {
      await access(folder, constants.W_OK | constants.X_OK);
      return [{ check: 'memory state', status: 'ok', detail: `${stateFile}: its folder is writable`, fix: '' }];
    } catch {
      return [
        {
          check: 'memory state',
          status: 'fail',
          detail: `${folder} is missing or not writable`,
          fix: `mkdir -p ${folder}, or set memory.state_file elsewhere`,
        },
      ];
    }
  }
}

export function memoryProbeModule(config: MemoryConfig): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(MemoryConfigToken).toConstantValue(config);
    bind(HostProbeToken).to(MemoryHostProbe);
  });
}
