import { describe, expect, it } from 'vitest';
import { libvirtConfigSchema, poolPathOf } from '../../../../src/adapters/libvirt/LibvirtConfig.js';

describe('libvirt config', () => {
  it('has a default for every key, so {} works', () => {
    const config = libvirtConfigSchema().parse({});
    expect(config).toEqual({
      uri: 'qemu:///system',
      pool: 'bosh',
      network: 'default',
      domain_type: 'kvm',
      machine: 'pc',
      root_disk: 'overlay',
      serial_log_dir: '/var/log/libvirt/qemu',
      delete_vm_shutdown: 'hard',
      timeouts: {
        connect_s: 15,
        call_s: 300,
        boot_s: 120,
        shutdown_s: 30,
        reboot_s: 30,
        attach_s: 30,
        detach_s: 30,
        convert_s: 3600,
        snapshot_s: 3600,
      },
    });
    expect(poolPathOf(config)).toBe('/var/lib/libvirt/images/bosh');
    expect(poolPathOf(libvirtConfigSchema().parse({ pool: 'p', pool_path: '/srv/p' }))).toBe('/srv/p');
  });

  it('keeps the other timeouts when one is given', () => {
    expect(libvirtConfigSchema().parse({ timeouts: { shutdown_s: 2 } }).timeouts).toMatchObject({ shutdown_s: 2, detach_s: 30 });
  });

  it('delete_vm_shutdown is hard or graceful, nothing else', () => {
    expect(libvirtConfigSchema().parse({ delete_vm_shutdown: 'graceful' }).delete_vm_shutdown).toBe('graceful');
    const result = libvirtConfigSchema().safeParse({ delete_vm_shutdown: 'acpi' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['delete_vm_shutdown']);
  });

  it('reports every problem at once, unknown keys included', () => {
    const result = libvirtConfigSchema().safeParse({
      pool: '../x',
      domain_type: 'xen',
      pool_path: 'relative',
      timeouts: { detach_s: -1 },
      poool: 'typo',
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.') || i.code);
    expect(paths).toEqual(expect.arrayContaining(['pool', 'domain_type', 'pool_path', 'timeouts.detach_s']));
    expect(JSON.stringify(result.error!.issues)).toContain('poool');
  });
});
