import { describe, expect, it } from 'vitest';
import { offersDomainType, poolTargetPath, qemuUserFromCapabilities } from '../../../../../src/adapters/libvirt/probe/hostCapabilities.js';

// Shaped like `virsh capabilities` on Debian 12 (libvirt 9.0), trimmed.
const capabilities = `<capabilities>
  <host>
    <cpu><arch>x86_64</arch></cpu>
    <secmodel><model>none</model><doi>0</doi></secmodel>
    <secmodel>
      <model>dac</model>
      <doi>0</doi>
      <baselabel type='kvm'>+64055:+64055</baselabel>
      <baselabel type='qemu'>+64055:+107</baselabel>
    </secmodel>
  </host>
  <guest>
    <os_type>hvm</os_type>
    <arch name='i686'><wordsize>32</wordsize><domain type='qemu'/><domain type='kvm'/></arch>
  </guest>
  <guest>
    <os_type>hvm</os_type>
    <arch name='x86_64'><wordsize>64</wordsize><domain type='qemu'/></arch>
  </guest>
</capabilities>`;

describe('host capabilities', () => {
  it('reads QEMU’s uid and gid from the DAC label of the domain type', () => {
    expect(qemuUserFromCapabilities(capabilities, 'kvm')).toEqual({ uid: 64055, gid: 64055 });
    expect(qemuUserFromCapabilities(capabilities, 'qemu')).toEqual({ uid: 64055, gid: 107 });
    expect(qemuUserFromCapabilities(capabilities.replace('<model>dac</model>', '<model>selinux</model>'), 'kvm')).toBeUndefined();
  });

  it('tells whether an architecture offers a domain type', () => {
    expect(offersDomainType(capabilities, 'x86_64', 'qemu')).toBe(true);
    expect(offersDomainType(capabilities, 'x86_64', 'kvm')).toBe(false);
    expect(offersDomainType(capabilities, 'i686', 'kvm')).toBe(true);
  });

  it('reads a pool’s target path, unescaping XML text', () => {
    const xml = `<pool type='dir'><name>p</name><source/><target><path>/srv/a&amp;b</path><permissions><mode>0711</mode></permissions></target></pool>`;
    expect(poolTargetPath(xml)).toBe('/srv/a&b');
    expect(poolTargetPath('<pool type="logical"><name>p</name></pool>')).toBeUndefined();
  });
});
