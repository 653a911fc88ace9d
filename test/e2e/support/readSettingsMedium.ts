import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { libvirtHost } from './LibvirtHost.js';

/**
 * The agent settings on the CD-ROM a VM has now, read the way the agent would: the domain's
 * CD-ROM volume is downloaded from libvirt and the settings file taken out of it with isoinfo
 * (Rock Ridge names): `env` on a vSphere stemcell's CD, `ec2/latest/user-data` on a config drive.
 */
export async function readSettingsMedium(vmCid: string, format: 'openstack-qcow2' | 'vsphere-ova'): Promise<Record<string, unknown>> {
  const xml = (await libvirtHost.domainXml(vmCid)) ?? '';
  const cdrom = /<disk[^>]*device=['"]cdrom['"][\s\S]*?<\/disk>/.exec(xml)?.[0] ?? '';
  const source = /<source[^>]*pool=['"]([^'"]+)['"][^>]*volume=['"]([^'"]+)['"]/.exec(cdrom);
  if (!source) throw new Error(`VM ${vmCid} has no CD-ROM volume in its definition`);
  const dir = await mkdtemp(join(tmpdir(), 't-e2e-medium-'));
  try {
    const image = join(dir, 'medium.iso');
    await libvirtHost.downloadVolume(source[1] as string, source[2] as string, image);
    const file = format === 'vsphere-ova' ? '/env' : '/ec2/latest/user-data';
    const { stdout } = await execa('isoinfo', ['-R', '-i', image, '-x', file]);
    return JSON.parse(stdout) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
