import { LoopbackSshd as Sshd } from '../LoopbackSshd.js';

/**
 * An sshd of the test's own on 127.0.0.1 (test/support/LoopbackSshd.ts), to reach the local
 * libvirt daemon as a remote one: `qemu+ssh://root@127.0.0.1:<port>/system?keyfile=…&known_hosts=…`.
 */
export interface LoopbackSshd {
  readonly uri: string;
  stop(): void;
}

export async function startLoopbackSshd(): Promise<LoopbackSshd> {
  const sshd = new Sshd('t-libvirt-sshd');
  await sshd.start();
  return {
    uri: `qemu+ssh://${sshd.user}@127.0.0.1:${sshd.port}/system?keyfile=${sshd.clientKey}&known_hosts=${sshd.knownHosts}`,
    stop: () => sshd.stop(),
  };
}
