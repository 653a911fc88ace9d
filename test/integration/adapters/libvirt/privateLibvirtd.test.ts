import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { LibvirtClient } from '../../../../src/adapters/libvirt/rpc/index.js';
import { PrivateLibvirtd } from '../../../support/libvirt/PrivateLibvirtd.js';

/**
 * The test support that gives a test a second libvirt host: a private daemon beside the
 * machine's own, whose objects the machine's daemon never sees, and whose stop ends exactly its
 * own processes and leaves the machine's daemon running.
 */
let daemon: PrivateLibvirtd | undefined;
afterAll(async () => {
  await daemon?.stop();
});

const alive = async (pid: number) =>
  existsSync(`/proc/${pid}`) && !/^\d+ \(.*\) Z/.test(await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ''));

describe('PrivateLibvirtd', () => {
  it('runs a second daemon with its own objects, and stop() ends exactly its processes', async () => {
    const host = await LibvirtClient.connect('qemu:///system');
    try {
      const hostVersion = await host.getLibVersion();
      daemon = await PrivateLibvirtd.start({ label: 't-private-libvirtd' });
      const pids = await daemon.pids();
      expect(pids.libvirtd).toBeDefined();
      expect(pids.virtlogd).toBeDefined();
      for (const pid of [pids.libvirtd!, pids.virtlogd!]) expect(await alive(pid)).toBe(true);
      const name = `t-private-net-${process.pid}`;
      await daemon.withClient(async (client) => {
        expect(await client.getLibVersion()).toBe(hostVersion);
        await client.createNetwork(
          `<network><name>${name}</name><bridge name='virbr-tp'/><dns enable='no'/><ip address='10.250.0.1' netmask='255.255.255.0'/></network>`,
        );
      });
      // the network lives in the private daemon (and its network namespace) only
      expect((await host.listAllNetworks(0)).map((n) => n.name)).not.toContain(name);
      expect(await daemon.virsh('net-list', '--name')).toContain(name);
      // and its bridge in the private network namespace: the machine has no such link
      expect((await execa('ip', ['link', 'show', 'virbr-tp'], { reject: false })).exitCode).not.toBe(0);

      const dir = daemon.dir;
      await daemon.stop();
      daemon = undefined;
      for (const pid of [pids.libvirtd!, pids.virtlogd!, pids.namespace!]) expect(await alive(pid), `pid ${pid}`).toBe(false);
      expect(existsSync(dir)).toBe(false);
      // the machine's daemon is untouched
      expect(await host.getLibVersion()).toBe(hostVersion);
    } finally {
      await host.close();
    }
  });
});
