// Which VirtualBox the simulator imitates. A short selector picks a release that was really
// published (the revisions are the ones recorded in public bug reports, see
// docs/virtualbox.md); a full version string is taken as given.
const RELEASES = {
  6.1: '6.1.50r161033',
  '7.0': '7.0.20r163906',
  7.1: '7.1.4r165100',
  // Recorded by users of 7.2.4 (`VBoxManage --version` quoted in public lab reports, 2025).
  7.2: '7.2.4r170995',
};

/** The host VirtualBox runs on: linux (default), macos or windows. */
export const HOSTS = ['linux', 'macos', 'windows'];

export function simulatedVersion(selector = process.env.VBOXSIM_VERSION ?? '7.1', host = process.env.VBOXSIM_HOST ?? 'linux') {
  if (!HOSTS.includes(host)) throw new Error(`vboxsim: unusable VBOXSIM_HOST ${JSON.stringify(host)}`);
  const full = RELEASES[selector] ?? selector;
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(full);
  if (!match) throw new Error(`vboxsim: unusable VBOXSIM_VERSION ${JSON.stringify(selector)}`);
  const [major, minor, patch] = match.slice(1).map(Number);
  const atLeast = (a, b, c = 0) => major > a || (major === a && (minor > b || (minor === b && patch >= c)));
  return {
    full,
    host,
    major,
    minor,
    patch,
    atLeast,
    /** 7.0 moved the per-port DVD keys and added nonrotational/discard keys. */
    is7: major >= 7,
    /** 7.1 made the 7.0 bare `Encryption:` line a key and added the platform keys. */
    is71: atLeast(7, 1),
    /** 7.2 moved the hardware-virtualization keys into the x86 block and added SecureBoot. */
    is72: atLeast(7, 2),
    /** The Linux wrapper of 7.0.16 and later checks LOGNAME/USER against the effective user. */
    checksUserEnv: atLeast(7, 0, 16),
    /**
     * VirtualBox 7 on macOS replaced host-only adapters by host-only networks (vmnet): the
     * `hostonlynet` command and `list hostonlynets` exist only there (VBOX_WITH_VMNET), and
     * `hostonlyif create` fails on /dev/vboxnetctl [R vagrant#12967, bosh-deployment#444].
     */
    hostOnlyNetworks: host === 'macos' && major >= 7,
    /** Windows prints `VBoxManage.exe: error:` and COM's `callee IUnknown` [R VBoxHardenedLoader#103]. */
    windows: host === 'windows',
  };
}
