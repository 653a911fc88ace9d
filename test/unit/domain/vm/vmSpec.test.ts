import { describe, expect, it } from 'vitest';
import { parseDiskSizeMiB } from '../../../../src/domain/disk/diskSize.js';
import { cloudPropertiesForResources } from '../../../../src/domain/vm/cloudPropertiesForResources.js';
import { VM_SPEC_DEFAULTS, vmSpecFromCloudProperties } from '../../../../src/domain/vm/vmSpecFromCloudProperties.js';

describe('vmSpecFromCloudProperties', () => {
  it('applies defaults to empty cloud properties', () => {
    expect(vmSpecFromCloudProperties({})).toEqual({ ...VM_SPEC_DEFAULTS });
  });

  it('reads cpus, memory, ephemeral_disk and root_disk in MiB and leaves other keys alone', () => {
    expect(vmSpecFromCloudProperties({ cpus: 4, memory: 8192, ephemeral_disk: 0, root_disk: 20480, machine: 'q35' })).toEqual({
      cpus: 4,
      memoryMiB: 8192,
      ephemeralDiskMiB: 0,
      rootDiskMiB: 20480,
    });
  });

  it('reports every problem at once', () => {
    expect(() => vmSpecFromCloudProperties({ cpus: 0, memory: '2G', ephemeral_disk: 1.5, root_disk: -1 })).toThrow(
      /cpus must be between 1 and 256, got 0; memory must be an integer, got "2G"; ephemeral_disk must be an integer, got 1.5; root_disk must be between/,
    );
  });
});

describe('sizes', () => {
  it('accepts whole MiB and refuses the rest', () => {
    expect(parseDiskSizeMiB(1024)).toBe(1024);
    for (const bad of [0, -5, 1.5, '1024', null, Number.NaN, 2 ** 40]) expect(() => parseDiskSizeMiB(bad)).toThrow(/whole number of MiB/);
  });

  it('turns vm_resources into cloud properties create_vm accepts', () => {
    expect(cloudPropertiesForResources({ cpu: 2, ram: 4096, ephemeral_disk_size: 10240 })).toEqual({
      cpus: 2,
      memory: 4096,
      ephemeral_disk: 10240,
    });
    expect(() => cloudPropertiesForResources({ cpu: 0, ram: 4096, ephemeral_disk_size: 10 })).toThrow(/cpus/);
  });
});
