import { inject, injectable } from 'inversify';
import type { HostFinding, HostProbe } from '../../../ports/HostProbe.js';
import { versionAtLeast } from '../vboxmanage/parseVersion.js';
import { VirtualboxSession } from '../VirtualboxSession.js';

/** The newest VirtualBox whose output formats the driver was built against. */
const NEWEST_KNOWN = { major: 7, minor: 2 } as const;

/**
 * The VirtualBox driver's `cpi doctor`: the machine VirtualBox runs on answers (local, or over
 * SSH), its VBoxManage is a version the driver knows (6.1 to 7.2; older fails, newer warns),
 * the warnings its wrapper prints (a kernel module not loaded means no VM can start), and which
 * kind of host-only networking the host has.
 */
@injectable()
export class VirtualboxHostProbe implements HostProbe {
  constructor(@inject(VirtualboxSession) private readonly session: VirtualboxSession) {}

  async probe(): Promise<HostFinding[]> {
    const findings: HostFinding[] = [];
    const host = this.session.host;
    if (this.session.config.host !== '') {
      try {
        const result = await host.run(['true'], { timeoutMs: this.session.config.timeouts.command_s * 1000 });
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
          fix: 'upgrade VirtualBox to 7.2 (or 7.1, 7.0, 6.1)',
        });
      } else if (versionAtLeast(version, NEWEST_KNOWN.major, NEWEST_KNOWN.minor + 1)) {
        findings.push({
          check: 'VirtualBox version',
          status: 'warn',
          detail: `VirtualBox ${version.text} on ${host.description} is newer than the ${NEWEST_KNOWN.major}.${NEWEST_KNOWN.minor} the driver knows; its output may have changed`,
          fix: `deploy a test VM first, or use VirtualBox ${NEWEST_KNOWN.major}.${NEWEST_KNOWN.minor}`,
        });
      } else {
        findings.push({ check: 'VirtualBox version', status: 'ok', detail: `VirtualBox ${version.text} on ${host.description}`, fix: '' });
      }
      findings.push(...warningFindings(this.session.vbox.warnings, host.description));
      if (versionAtLeast(version, 6, 1)) findings.push(await this.hostOnlyFinding());
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

  private async hostOnlyFinding(): Promise<HostFinding> {
    const check = 'VirtualBox host-only networking';
    try {
      const kind = await this.session.hostOnlyKind();
      const detail =
        kind === 'networks'
          ? "host-only networks (VirtualBox 7 on macOS): a hostonly network's cloud_properties.name names a `VBoxManage list hostonlynets` network"
          : "host-only adapters: a hostonly network's cloud_properties.name names a `VBoxManage list hostonlyifs` adapter (vboxnetN)";
      return { check, status: 'ok', detail, fix: '' };
    } catch (error) {
      return {
        check,
        status: 'warn',
        detail: `VBoxManage list hostinfo on ${this.session.host.description}: ${(error as Error).message}`,
        fix: 'check that VBoxManage works for this user',
      };
    }
  }
}

/** The wrapper's warnings: a missing kernel module stops every VM start; anything else is worth a look. */
function warningFindings(warnings: readonly string[], where: string): HostFinding[] {
  return warnings.map((warning) => {
    const text = warning.replace(/\s+/g, ' ').trim();
    const noKernelModule = /vboxdrv|kernel module/i.test(text);
    return {
      check: 'VirtualBox host warning',
      status: noKernelModule ? 'fail' : 'warn',
      detail: `VBoxManage on ${where} says: ${text}`,
      fix: noKernelModule
        ? 'load or rebuild the VirtualBox kernel modules on that host (sudo /sbin/vboxconfig), then run doctor again'
        : /LOGNAME or USER/.test(text)
          ? "give VBoxManage LOGNAME and USER of the user it runs as (over SSH, that user's login environment)"
          : 'read the warning on the VirtualBox host',
    } satisfies HostFinding;
  });
}
