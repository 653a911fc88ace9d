import type { Clock } from '../../ports/Clock.js';
import type { CommandRunner } from '../../ports/CommandRunner.js';
import type { Logger } from '../../ports/Logger.js';
import { LocalHost } from './host/LocalHost.js';
import { SshHost } from './host/SshHost.js';
import type { VBoxHost } from './host/VBoxHost.js';
import type { VBoxVersion } from './vboxmanage/parseVersion.js';
import { VBoxManage } from './vboxmanage/VBoxManage.js';
import { VBoxManageRunner } from './vboxmanage/VBoxManageRunner.js';
import type { VirtualboxConfig } from './virtualboxConfig.js';

/** The host VBoxManage runs on, as the config says: this machine, or another one over ssh. */
export function vboxHostFor(config: VirtualboxConfig, runner: CommandRunner): VBoxHost {
  if (config.host === '') return new LocalHost(runner);
  return new SshHost(runner, {
    host: config.host,
    port: config.port,
    user: config.user,
    privateKey: config.private_key,
    knownHosts: config.known_hosts,
    connectTimeoutSeconds: config.timeouts.ssh_connect_s,
  });
}

/** The VBoxManage facade on `host`, with the config's retries and timeouts. */
export function vboxManageFor(
  config: VirtualboxConfig,
  host: VBoxHost,
  clock: Clock,
  logger: Logger,
  versionOf: () => Promise<VBoxVersion>,
): VBoxManage {
  const retry = {
    attempts: config.retry.attempts,
    initialDelayMs: config.retry.initial_delay_s * 1000,
    maxDelayMs: config.retry.max_delay_s * 1000,
  };
  const runner = new VBoxManageRunner(host, config.bin, clock, logger, retry, config.timeouts.command_s * 1000);
  return new VBoxManage(runner, { importMs: config.timeouts.import_s * 1000 }, versionOf);
}
