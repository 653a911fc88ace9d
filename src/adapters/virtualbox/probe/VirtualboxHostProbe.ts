import { inject, injectable } from 'inversify';
import type { HostFinding, HostProbe } from '../../../ports/HostProbe.js';
import { versionAtLeast } from '../vboxmanage/parseVersion.js';
import { VirtualboxSession } from '../VirtualboxSession.js';

/** The newest VirtualBox whose output formats the driver was built against (DESIGN.md D2). */
const NEWEST_KNOWN = { major: 7, minor: 1 } as const;

/**
 * The VirtualBox driver's `cpi doctor`: the machine VirtualBox runs on answers (local, or over
 * SSH), and its VBoxManage is a version the driver knows: 6.1 to 7.1; older fails, newer warns.
 */
@injectable()
export class VirtualboxHostProbe implements HostProbe {
  constructor(@inject(VirtualboxSession) private readonly session: VirtualboxSession) {}

  async probe(): Promise<HostFinding[]> {
    const findings: HostFinding[] = [];
    const host = this.session.host;
    if (this.session.config.host !== '') {
      try {
        const result = await host.run(['true'], { timeoutMs: this.session.config.timeouts.command_ms });
        if (result.exitCode !== 0) throw new Error(result.stderr.trim() || `exit ${result.exitCode}`);
        findings.push({ check: 'virtualbox host', status: 'ok', detail: `${host.description} answers over SSH`, fix: '' });
      } catch (error) {
        findings.push({
          check: 'virtualbox host',
          status: 'fail',
          detail: `${host.description}: ${(error as Error).message}`,
          fix: 'check virtualbox.host, port, user, private_key and known_hosts (the host key must be listed)',
        });
        return findings;
      }
    }
    const bin = this.session.config.bin;
    try {
      const version = await this.session.vbox.version();
      if (!versionAtLeast(version, 6, 1)) {
        findings.push({
          check: 'VirtualBox version',
          status: 'fail',
          detail: `VirtualBox ${version.text} on ${host.description}; the driver needs 6.1 or later`,
          fix: 'upgrade VirtualBox to 7.1 (or 7.0, 6.1)',
        });
      } else if (versionAtLeast(version, NEWEST_KNOWN.major, NEWEST_KNOWN.minor + 1)) {
        findings.push({
          check: 'VirtualBox version',
          status: 'warn',
          detail: `VirtualBox ${version.text} on ${host.description} is newer than the 7.1 the driver knows; its output may have changed`,
          fix: 'deploy a test VM first, or use VirtualBox 7.1',
        });
      } else {
        findings.push({ check: 'VirtualBox version', status: 'ok', detail: `VirtualBox ${version.text} on ${host.description}`, fix: '' });
      }
    } catch (error) {
      findings.push({
        check: 'VirtualBox version',
        status: 'fail',
        detail: `${bin} --version on ${host.description}: ${(error as Error).message}`,
        fix: 'install VirtualBox on that machine, or set virtualbox.bin to the path of VBoxManage',
      });
    }
    return findings;
  }
}
