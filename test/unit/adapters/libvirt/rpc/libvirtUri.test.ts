import { describe, expect, it } from 'vitest';
import { LibvirtUriError, parseLibvirtUri } from '../../../../../src/adapters/libvirt/rpc/LibvirtUri.js';
import { remoteProxyCommand, shellQuote, sshCommandLine } from '../../../../../src/adapters/libvirt/rpc/transport/sshCommandLine.js';

describe('parseLibvirtUri', () => {
  it('reads local URIs as the unix transport', () => {
    expect(parseLibvirtUri('qemu:///system')).toMatchObject({
      driver: 'qemu',
      transport: 'unix',
      path: '/system',
      params: {},
      daemonUri: 'qemu:///system',
    });
    expect(parseLibvirtUri('test:///default').daemonUri).toBe('test:///default');
    expect(parseLibvirtUri('qemu+unix:///system?socket=/tmp/s').params).toEqual({ socket: '/tmp/s' });
  });

  it('reads user, host, port and the client parameters of an ssh URI', () => {
    const uri = parseLibvirtUri('qemu+ssh://root@10.0.0.5:2222/system?keyfile=/k/id&known_hosts=/k/kh&mode=legacy');
    expect(uri).toMatchObject({
      transport: 'ssh',
      user: 'root',
      host: '10.0.0.5',
      port: 2222,
      params: { keyfile: '/k/id', known_hosts: '/k/kh', mode: 'legacy' },
      daemonUri: 'qemu:///system',
    });
    expect(parseLibvirtUri('qemu+tcp://[::1]:16509/system')).toMatchObject({ host: '::1', port: 16509, transport: 'tcp' });
  });

  it('passes parameters it does not know on to the daemon', () => {
    expect(parseLibvirtUri('qemu:///system?virtqemud=1').daemonUri).toBe('qemu:///system?virtqemud=1');
  });

  it('refuses what it cannot honour', () => {
    expect(() => parseLibvirtUri('qemu://host/system')).toThrow(/TLS is not supported/);
    expect(() => parseLibvirtUri('qemu+tls://host/system')).toThrow(LibvirtUriError);
    expect(() => parseLibvirtUri('qemu+ssh:///system')).toThrow(/needs a host/);
    expect(() => parseLibvirtUri('qemu+ssh://h/system?no_verify=1')).toThrow(/host keys are always verified/);
    expect(() => parseLibvirtUri('qemu+ssh://h:99999/system')).toThrow(/bad port/);
    expect(() => parseLibvirtUri('not a uri')).toThrow(LibvirtUriError);
  });
});

describe('the ssh transport command line', () => {
  it('runs ssh as libvirt does, in batch mode, with host-key checking left on', () => {
    const uri = parseLibvirtUri('qemu+ssh://root@127.0.0.1:2200/system?keyfile=/tmp/k&known_hosts=/tmp/kh');
    const argv = sshCommandLine(uri);
    expect(argv.slice(0, -1)).toEqual([
      '-p',
      '2200',
      '-l',
      'root',
      '-i',
      '/tmp/k',
      '-T',
      '-e',
      'none',
      '-o',
      'BatchMode=yes',
      '-o',
      'UserKnownHostsFile=/tmp/kh',
      '--',
      '127.0.0.1',
    ]);
    expect(argv.join(' ')).not.toMatch(/StrictHostKeyChecking/);
    expect(argv.at(-1)).toBe(remoteProxyCommand(uri));
  });

  it('prefers virt-ssh-helper and falls back to nc on the socket', () => {
    const command = remoteProxyCommand(parseLibvirtUri('qemu+ssh://h/system'));
    expect(command).toMatch(/^sh -c '/);
    expect(command).toContain('virt-ssh-helper');
    expect(command).toContain('qemu:///system');
    expect(command).toContain('/run/libvirt/libvirt-sock');
    const netcat = remoteProxyCommand(parseLibvirtUri('qemu+ssh://h/system?netcat=/bin/nc&socket=/s'));
    expect(netcat).not.toContain('virt-ssh-helper');
    expect(netcat).toContain('/bin/nc');
  });

  it('quotes words for the shell, single quotes included', () => {
    expect(shellQuote("a'b c")).toBe(`'a'\\''b c'`);
  });
});
