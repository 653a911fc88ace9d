import { ContainerModule, inject, injectable } from 'inversify';
import { describe, expect, it } from 'vitest';
import { memoryModule } from '../../../../src/adapters/memory/memoryModule.js';
import { StderrLogger } from '../../../../src/adapters/system/StderrLogger.js';
import { parseCpiConfig } from '../../../../src/app/config/parseCpiConfig.js';
import { createContainer } from '../../../../src/app/container/createContainer.js';
import { MethodRunner } from '../../../../src/app/MethodRunner.js';
import { DriverLoader } from '../../../../src/app/tokens.js';
import { libraryFacade } from '../../../../src/app/library/libraryFacade.js';
import { assembleCpi } from '../../../../src/app/library/assembleCpi.js';
import { AgentSettingsMedium } from '../../../../src/ports/AgentSettingsMedium.js';
import { Clock } from '../../../../src/ports/Clock.js';
import { CommandRunner } from '../../../../src/ports/CommandRunner.js';
import { DriverSession } from '../../../../src/ports/DriverSession.js';
import { IdGenerator } from '../../../../src/ports/IdGenerator.js';
import { Locks } from '../../../../src/ports/Locks.js';
import { StemcellDriver } from '../../../../src/ports/StemcellDriver.js';
import { VmDriver } from '../../../../src/ports/VmDriver.js';

const context = { cpiApiVersion: 2 };
const logger = new StderrLogger({ write: null });

describe('the composition root (decorators survive the test transform)', () => {
  it('builds the real container, runs a use case through it, and resolves every shared service', async () => {
    const config = parseCpiConfig({ driver: 'memory' });
    const cpi = libraryFacade(new MethodRunner(config, { logger, cpiApiVersion: 2 }));
    expect(await cpi.info()).toMatchObject({ api_version: 2 });
    expect(await cpi.hasVm(`vm_${'1'.repeat(24)}`)).toBe(false);
    await cpi.close();

    const container = createContainer(config, { logger, context });
    await container.get(DriverLoader)();
    for (const service of [Clock, IdGenerator, Locks, CommandRunner, AgentSettingsMedium, VmDriver, StemcellDriver]) {
      expect(container.get(service as never)).toBeDefined();
    }
    expect(container.get(IdGenerator).hex(24)).toMatch(/^[0-9a-f]{24}$/);
    const iso = container.get(AgentSettingsMedium).build('cdrom-env', {
      agent_id: 'a',
      vm: { name: 'vm' },
      mbus: 'nats://x',
      ntp: [],
      networks: {},
      disks: { system: '/dev/sda', persistent: {} },
      env: {},
    });
    // An ISO 9660 image: the primary volume descriptor at sector 16 says CD001.
    expect(Buffer.from(iso.subarray(16 * 2048 + 1, 16 * 2048 + 6)).toString('latin1')).toBe('CD001');
  });

  it('answers info without building any driver, and closes no session it never opened', async () => {
    const built: string[] = [];
    @injectable()
    class SpyVmDriver {
      constructor(@inject(Clock) readonly clock: Clock) {
        built.push('vm');
      }
    }
    const spyModule = async (config: unknown) =>
      new ContainerModule((options) => {
        // memoryModule's load is synchronous (it binds, nothing more), so there is nothing to wait for.
        void memoryModule(config as never).load(options);
        options.rebind(VmDriver).to(SpyVmDriver as never);
        options.rebind(DriverSession).toDynamicValue(() => {
          built.push('session');
          return { close: async () => undefined };
        });
      });
    const unexpected = () => Promise.reject(new Error('a call loaded the doctor probe'));
    const cpi = assembleCpi(
      { driver: 'memory' },
      { drivers: { memory: { module: spyModule, probe: unexpected, formats: ['openstack-raw'] } } },
    );
    expect(await cpi.info()).toEqual({ api_version: 2, stemcell_formats: ['openstack-raw'] });
    expect(await cpi.calculateVmCloudProperties({ cpu: 1, ram: 512, ephemeral_disk_size: 1024 })).toEqual({
      cpus: 1,
      memory: 512,
      ephemeral_disk: 1024,
    });
    await cpi.close();
    expect(built).toEqual([]);
    await cpi.hasVm('not-ours');
    await cpi.close();
    expect(built).toEqual(['vm', 'session']);
  });

  it('reports a driver that fails to load on the call that needed it, and closes without a word', async () => {
    const broken = () => Promise.reject(new Error('the driver module is broken'));
    const cpi = assembleCpi({ driver: 'memory' }, { drivers: { memory: { module: broken, probe: broken, formats: [] } } });
    await expect(cpi.hasVm('not-ours')).rejects.toThrow('the driver module is broken');
    await expect(cpi.close()).resolves.toBeUndefined();
  });
});
