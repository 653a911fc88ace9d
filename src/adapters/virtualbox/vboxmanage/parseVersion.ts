import { stripWarnings } from './stripWarnings.js';

export interface VBoxVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** The whole first line, e.g. `7.1.0_rpmfusionr164728`. */
  readonly text: string;
}

/**
 * `VBoxManage --version` prints `<version>[publisher tag]r<revision>`; a distribution build puts
 * its tag before the `r` (`7.1.0_rpmfusionr164728`). Only the leading three numbers count.
 */
export function parseVersion(stdout: string): VBoxVersion | undefined {
  const line = stripWarnings(stdout)
    .output.split('\n')
    .find((l) => l.trim() !== '');
  const match = line === undefined ? null : /^(\d+)\.(\d+)\.(\d+)/.exec(line.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), text: line!.trim() };
}

export function versionAtLeast(v: VBoxVersion, major: number, minor: number, patch = 0): boolean {
  if (v.major !== major) return v.major > major;
  if (v.minor !== minor) return v.minor > minor;
  return v.patch >= patch;
}
