// Which VirtualBox the simulator imitates. A short selector picks a release that was really
// published (the revisions are the ones recorded in public bug reports, see
// docs/virtualbox.md); a full version string is taken as given.
const RELEASES = {
  '6.1': '6.1.50r161033',
  '7.0': '7.0.20r163906',
  '7.1': '7.1.4r165100',
};

export function simulatedVersion(selector = process.env.VBOXSIM_VERSION ?? '7.1') {
  const full = RELEASES[selector] ?? selector;
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(full);
  if (!match) throw new Error(`vboxsim: unusable VBOXSIM_VERSION ${JSON.stringify(selector)}`);
  const [major, minor, patch] = match.slice(1).map(Number);
  const atLeast = (a, b, c = 0) => major > a || (major === a && (minor > b || (minor === b && patch >= c)));
  return {
    full,
    major,
    minor,
    patch,
    atLeast,
    /** 7.0 moved the per-port DVD keys and added nonrotational/discard keys. */
    is7: major >= 7,
    /** 7.1 made the 7.0 bare `Encryption:` line a key and added the platform keys. */
    is71: atLeast(7, 1),
    /** The Linux wrapper of 7.0.16 and later checks LOGNAME/USER against the effective user. */
    checksUserEnv: atLeast(7, 0, 16),
  };
}
