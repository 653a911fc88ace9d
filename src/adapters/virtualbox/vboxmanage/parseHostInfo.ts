import { stripWarnings } from './stripWarnings.js';

export type HostPlatform = 'macos' | 'linux' | 'windows' | 'other';

export interface HostInfo {
  /** As VirtualBox says it: `Darwin`, `Linux`, `Windows 10`, … */
  readonly operatingSystem: string;
  readonly platform: HostPlatform;
}

/**
 * `list hostinfo` prints `Operating system: <name>` (VBoxManageList.cpp, listHostInfo), the
 * name IPRT's RTSystemQueryOSInfo gives: uname's sysname on POSIX hosts (`Darwin` on a Mac,
 * `Linux`), `Windows <release>` on Windows.
 */
export function parseHostInfo(stdout: string): HostInfo {
  const line = stripWarnings(stdout)
    .output.split('\n')
    .find((l) => /^Operating system:/.test(l));
  const operatingSystem = line === undefined ? '' : line.slice('Operating system:'.length).trim();
  return { operatingSystem, platform: platformOf(operatingSystem) };
}

function platformOf(os: string): HostPlatform {
  if (/^(darwin|mac ?os)/i.test(os)) return 'macos';
  if (/^linux/i.test(os)) return 'linux';
  if (/^windows/i.test(os)) return 'windows';
  return 'other';
}
