import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Iso9660SettingsMedium } from '../../../../src/adapters/iso9660/Iso9660SettingsMedium.js';
import { settingsMediumContents } from '../../../../src/adapters/iso9660/settingsMediumContents.js';
import { writeIso9660 } from '../../../../src/adapters/iso9660/writeIso9660.js';
import type { AgentSettings } from '../../../../src/domain/settings/AgentSettings.js';
import type { SettingsMediumKind } from '../../../../src/ports/AgentSettingsMedium.js';
import { jsonObject } from '../../../support/arbitraries.js';
import { arbitraryIsoFiles } from './arbitraryIsoFiles.js';
import { expectEveryReaderReads } from './expectEveryReaderReads.js';

// bsdtar (libarchive, the reader strictest about where Rock Ridge continuation areas lie:
// archive_read_support_format_iso9660.c, `register_CE` and `read_CE`) and isoinfo as oracles over
// random settings and random trees. Each run starts a few processes, so the runs are few.

/** Settings of random shape and size: random JSON in `env`, plus 0 to ~80 KB of any Unicode text. */
const arbitrarySettings: fc.Arbitrary<AgentSettings> = fc
  .record({
    agentId: fc.uuid(),
    vmName: fc.stringMatching(/^vm-[0-9a-f-]{1,36}$/),
    env: jsonObject,
    filler: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    repeat: fc.oneof(fc.constantFrom(0, 1, 2047, 2048), fc.integer({ min: 0, max: 20_000 })),
  })
  .map(({ agentId, vmName, env, filler, repeat }) => ({
    agent_id: agentId,
    vm: { name: vmName },
    mbus: 'nats://10.0.0.6:4222',
    ntp: [],
    networks: {},
    disks: { system: '/dev/sda', persistent: {} },
    env: { ...env, filler: filler.repeat(repeat) },
  }));

describe('settings media and trees read by bsdtar and isoinfo', () => {
  const medium = new Iso9660SettingsMedium();

  it('gives every reader the exact settings files of either medium kind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<SettingsMediumKind>('cdrom-env', 'config-drive'), arbitrarySettings, async (kind, settings) => {
        await expectEveryReaderReads(medium.build(kind, settings), settingsMediumContents(kind, settings).files);
      }),
      { numRuns: 20 },
    );
  });

  it('gives every reader the exact names and bytes of random trees', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryIsoFiles(6), async (files) => {
        await expectEveryReaderReads(writeIso9660({ volumeId: 'PROP', files }), files);
      }),
      { numRuns: 12 },
    );
  });
});
