import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCid } from '../../../../src/domain/cid/Cid.js';
import { planNics } from '../../../../src/domain/network/planNics.js';
import type { DiskHint } from '../../../../src/domain/settings/AgentSettings.js';
import { buildAgentSettings } from '../../../../src/domain/settings/buildAgentSettings.js';
import { persistentDiskHint, persistentDiskSerial } from '../../../../src/domain/settings/persistentDiskHint.js';
import { withoutPersistentDisk, withPersistentDisk } from '../../../../src/domain/settings/persistentDiskSettings.js';
import { cidHex, hex24, jsonObject, networks } from '../../../support/arbitraries.js';

const diskHint: fc.Arbitrary<DiskHint> = fc.oneof(
  fc.constantFrom('/dev/sdb', '/dev/vdb'),
  fc.record({ path: fc.constantFrom('/dev/sdb', '/dev/vdb') }),
  fc.record({ volume_id: fc.nat({ max: 15 }).map(String), lun: fc.constant('0') }),
);
const layout = fc.record({ system: fc.constantFrom('/dev/sda', '/dev/vda', '0', ''), ephemeral: diskHint }, { requiredKeys: ['system'] });
const agent = fc.record(
  {
    mbus: fc.constantFrom('nats://10.0.0.6:4222', 'https://mbus:secret@0.0.0.0:6868', ''),
    ntp: fc.array(fc.domain(), { maxLength: 3 }),
    blobstore: fc.record({ provider: fc.constantFrom('local', 'dav'), options: jsonObject }),
  },
  { requiredKeys: ['mbus', 'ntp'] },
);

const isStringArray = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

describe('buildAgentSettings', () => {
  it('has the shape the agent parses, for arbitrary networks, disks and env', () => {
    fc.assert(
      fc.property(networks, layout, agent, jsonObject, fc.uuid(), hex24, (specs, disks, defaults, env, agentId, hex) => {
        let counter = 0;
        const nics = planNics(specs, () => (counter++).toString(16).padStart(6, '0'));
        const vmName = makeCid('vm', hex);
        const settings = buildAgentSettings({ agentId, vmName, agent: defaults, networks: specs, nics, disks, env });

        expect(settings.agent_id).toBe(agentId);
        expect(settings.vm).toEqual({ name: vmName });
        expect(settings.mbus).toBe(defaults.mbus);
        expect(settings.ntp).toEqual(defaults.ntp);
        expect(typeof settings.disks.system).toBe('string');
        expect(settings.disks.persistent).toEqual({});
        expect('ephemeral' in settings.disks).toBe(disks.ephemeral !== undefined);
        expect(settings.env).toBe(env);
        expect(Object.keys(settings.networks).sort()).toEqual(Object.keys(specs).sort());

        for (const [name, network] of Object.entries(settings.networks)) {
          const spec = specs[name]!;
          expect(network.type).toBe(spec.type);
          expect(network.preconfigured).toBe(false);
          for (const key of ['ip', 'netmask', 'gateway', 'prefix', 'mac'] as const) {
            if (network[key] !== undefined) expect(typeof network[key]).toBe('string');
          }
          for (const key of ['dns', 'default'] as const) {
            if (network[key] !== undefined) expect(isStringArray(network[key])).toBe(true);
          }
          const nic = nics.find((candidate) => candidate.networkNames.includes(name));
          if (spec.type === 'vip') expect(network.mac).toBeUndefined();
          else expect(network.mac).toBe(nic?.mac);
        }
        // Nothing the agent cannot read: the document survives JSON unchanged.
        expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
      }),
    );
  });

  it('keeps a numeric prefix as a string and drops values of the wrong type', () => {
    const settings = buildAgentSettings({
      agentId: 'a',
      vmName: 'vm',
      agent: { mbus: 'nats://x', ntp: [] },
      networks: {
        n: {
          type: 'manual',
          prefix: 24 as unknown as string,
          dns: ['1.1.1.1', 7 as unknown as string],
          ip: { no: 1 } as unknown as string,
        },
      },
      nics: [],
      disks: { system: '/dev/sda' },
      env: {},
    });
    expect(settings.networks['n']).toEqual({ type: 'manual', prefix: '24', dns: ['1.1.1.1'], preconfigured: false });
  });
});

describe('persistent disk hints', () => {
  it('name the disk by its whole CID, the serial that ends its by-id link; the SCSI target as volume_id, LUN 0', () => {
    fc.assert(
      fc.property(cidHex('disk'), fc.nat({ max: 255 }), (hex, target) => {
        const cid = makeCid('disk', hex);
        expect(persistentDiskSerial(cid)).toBe(cid);
        expect(persistentDiskHint(cid, target)).toEqual({ id: cid, volume_id: String(target), lun: '0' });
      }),
    );
  });

  it('enter and leave the settings without touching anything else', () => {
    fc.assert(
      fc.property(cidHex('disk'), cidHex('disk'), fc.nat({ max: 15 }), (first, second, target) => {
        fc.pre(first !== second);
        const base = buildAgentSettings({
          agentId: 'a',
          vmName: 'vm',
          agent: { mbus: 'nats://x', ntp: [] },
          networks: {},
          nics: [],
          disks: { system: '/dev/sda' },
          env: { bosh: {} },
        });
        const one = makeCid('disk', first);
        const two = makeCid('disk', second);
        const withOne = withPersistentDisk(base, one, persistentDiskHint(one, target));
        const withBoth = withPersistentDisk(withOne, two, persistentDiskHint(two, target + 1));
        expect(Object.keys(withBoth.disks.persistent)).toEqual([one, two]);
        expect(withoutPersistentDisk(withBoth, two)).toEqual(withOne);
        expect(withoutPersistentDisk(withOne, one)).toEqual(base);
        expect(base.disks.persistent).toEqual({});
      }),
    );
  });
});
