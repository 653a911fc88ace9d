import { LoopbackSshd } from '../LoopbackSshd.js';

/**
 * The local libvirt daemon reached as a remote one, through an sshd of the test's own on
 * 127.0.0.1 (test/support/LoopbackSshd.ts): `qemu+ssh://root@127.0.0.1:<port>/system?keyfile=…&known_hosts=…`.
 */
export interface LibvirtOverSsh {
  readonly uri: string;
  stop(): void;
}

export async function startLibvirtOverSsh(): Promise<LibvirtOverSsh> {
  const sshd = new LoopbackSshd('t-libvirt-sshd');
  await sshd.start();
  return {
    uri: `qemu+ssh://${sshd.user}@127.0.0.1:${sshd.port}/system?keyfile=${sshd.clientKey}&known_hosts=${sshd.knownHosts}`,
    stop: () => sshd.stop(),
  };
}
