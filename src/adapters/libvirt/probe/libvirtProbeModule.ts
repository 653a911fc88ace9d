import { ContainerModule } from 'inversify';
import { CommandRunner } from '../../../ports/CommandRunner.js';
import { HostProbe } from '../../../ports/HostProbe.js';
import { type LibvirtConfig, poolPathOf } from '../LibvirtConfig.js';
import { LibvirtHostProbe } from './LibvirtHostProbe.js';

/** Binds `cpi doctor`'s HostProbe for the libvirt driver; the app's container supplies CommandRunner. */
export function libvirtProbeModule(config: LibvirtConfig): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(HostProbe).toResolvedValue(
      (runner: CommandRunner) =>
        new LibvirtHostProbe(
          {
            uri: config.uri,
            pool: config.pool,
            poolPath: poolPathOf(config),
            network: config.network,
            domainType: config.domain_type,
            connectTimeoutMs: config.timeouts.connect_s * 1000,
          },
          runner,
        ),
      [CommandRunner],
    );
  });
}
