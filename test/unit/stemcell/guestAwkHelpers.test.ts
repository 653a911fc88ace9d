import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The guest's awk helpers run under busybox awk; here they run under the host's POSIX awk, which
// checks their logic (the boot tests check them under busybox).
const helper = (name: string) => fileURLToPath(new URL(`../../stemcell/guest/${name}`, import.meta.url));
const awk = (script: string, input: string) => execa('awk', ['-f', helper(script)], { input, reject: false });

/** What json-flat.awk should print for a parsed JSON value. */
function flatten(value: unknown, path = '', out: string[] = []): string[] {
  const at = (key: string) => (path === '' ? key : `${path}/${key}`);
  if (Array.isArray(value)) {
    if (value.length === 0) out.push(`${path}\t[]`);
    value.forEach((item, i) => flatten(item, at(String(i)), out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) out.push(`${path}\t{}`);
    for (const [k, v] of entries) flatten(v, at(k), out);
  } else if (typeof value === 'string') {
    out.push(`${path}\t${value}`);
  } else {
    out.push(`${path}\t${JSON.stringify(value)}`);
  }
  return out;
}

describe('json-flat.awk', () => {
  it('flattens agent settings into path/value lines', async () => {
    const settings = {
      agent_id: 'a-1',
      networks: { default: { type: 'manual', ip: '10.0.0.5', default: ['dns', 'gateway'], dns: [] } },
      disks: { system: '/dev/vda', ephemeral: null, persistent: { 'disk-1': { id: 'S1' }, 'disk-2': '/dev/sdc' } },
      env: {},
    };
    const { stdout, exitCode } = await awk('json-flat.awk', JSON.stringify(settings, null, 2));
    expect(exitCode).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'agent_id\ta-1',
      'networks/default/type\tmanual',
      'networks/default/ip\t10.0.0.5',
      'networks/default/default/0\tdns',
      'networks/default/default/1\tgateway',
      'networks/default/dns\t[]',
      'disks/system\t/dev/vda',
      'disks/ephemeral\tnull',
      'disks/persistent/disk-1/id\tS1',
      'disks/persistent/disk-2\t/dev/sdc',
      'env\t{}',
    ]);
  });

  it('keeps every record on one line and \\u escapes as written', async () => {
    const { stdout } = await awk('json-flat.awk', '{"cert":"-----BEGIN\\nabc\\tdef\\r\\n","q":"say \\"hi\\" \\\\ \\u00e9"}');
    expect(stdout.split('\n')).toEqual(['cert\t-----BEGIN abc def  ', 'q\tsay "hi" \\ \\u00e9']);
  });

  it.each(['{"a":', '{"a":1} x', '{a:1}', '[1,,2]', '{"a":tru}', '"open'])('rejects %s', async (text) => {
    expect((await awk('json-flat.awk', text)).exitCode).toBe(1);
  });

  it('agrees with JSON.parse on generated documents', async () => {
    const key = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,7}$/);
    const text = fc.string({ maxLength: 12 }); // printable ASCII, quotes and backslashes included
    const leaf = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const doc = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    await fc.assert(
      fc.asyncProperty(doc, async (value) => {
        const json = JSON.stringify(value);
        const { stdout, exitCode } = await awk('json-flat.awk', json);
        expect(exitCode).toBe(0);
        expect(stdout).toBe(flatten(JSON.parse(json)).join('\n'));
      }),
      { numRuns: 40 },
    );
  });
});

describe('vpd83.awk', () => {
  it('lists each designator with its type, association and value', async () => {
    // page 0x83 of a QEMU virtio-scsi disk with <serial>S-1</serial> and <wwn>5000c50015ea71ad</wwn>
    const page = '00830013' + '02000003' + Buffer.from('S-1').toString('hex') + '01030008' + '5000c50015ea71ad';
    const { stdout } = await awk('vpd83.awk', `${page}\n`);
    expect(stdout.split('\n')).toEqual(['0 0 S-1', '3 0 5000c50015ea71ad']);
  });

  it('stops at the page length and prints nothing for an empty page', async () => {
    const truncated = '00830008' + '02000003' + '414243' + '00' + '0200000a' + '41414141';
    expect((await awk('vpd83.awk', truncated)).stdout).toBe('0 0 ABC');
    expect((await awk('vpd83.awk', '')).stdout).toBe('');
  });
});
