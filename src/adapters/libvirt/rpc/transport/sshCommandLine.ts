import type { LibvirtUri } from '../LibvirtUri.js';

const REMOTE_SOCKET = '/run/libvirt/libvirt-sock';

/** Quotes a word for a POSIX shell. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The remote command libvirt 9 runs in "auto" proxy mode: virt-ssh-helper when the remote host
 * has it (it picks the daemon's socket from the URI), else netcat on the socket (with `-q0` for
 * netcat builds that otherwise linger after stdin closes). `netcat=` in the URI forces netcat,
 * `proxy=native|netcat` picks one, as in libvirt.
 */
export function remoteProxyCommand(uri: LibvirtUri): string {
  const netcat = uri.params['netcat'];
  const socket = uri.params['socket'] ?? REMOTE_SOCKET;
  const proxy = uri.params['proxy'] ?? (netcat !== undefined ? 'netcat' : 'auto');
  const nc = shellQuote(netcat ?? 'nc');
  const ncCommand =
    `if ${nc} -q 2>&1 | grep "requires an argument" >/dev/null 2>&1; then ARG=-q0; else ARG=; fi;` + `${nc} $ARG -U ${shellQuote(socket)}`;
  const helperCommand = `virt-ssh-helper ${shellQuote(uri.daemonUri)}`;
  switch (proxy) {
    case 'netcat':
      return `sh -c ${shellQuote(ncCommand)}`;
    case 'native':
      return `sh -c ${shellQuote(helperCommand)}`;
    case 'auto':
      return `sh -c ${shellQuote(`which virt-ssh-helper 1>/dev/null 2>&1; if test $? = 0; then ${helperCommand}; else ${ncCommand}; fi`)}`;
    default:
      throw new Error(`proxy=${proxy} is not one of auto, netcat, native`);
  }
}

/** Arguments for the system ssh client; host-key checking stays as ssh's config sets it. */
export function sshCommandLine(uri: LibvirtUri): string[] {
  const args: string[] = [];
  if (uri.port !== undefined) args.push('-p', String(uri.port));
  if (uri.user !== undefined) args.push('-l', uri.user);
  if (uri.params['keyfile'] !== undefined) args.push('-i', uri.params['keyfile']);
  args.push('-T', '-e', 'none', '-o', 'BatchMode=yes');
  if (uri.params['known_hosts'] !== undefined) args.push('-o', `UserKnownHostsFile=${uri.params['known_hosts']}`);
  args.push('--', uri.host!, remoteProxyCommand(uri));
  return args;
}
