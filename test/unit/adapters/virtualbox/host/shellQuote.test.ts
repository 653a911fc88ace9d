import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellCommand, shellQuote } from '../../../../../src/adapters/virtualbox/host/shellQuote.js';

describe('shellQuote', () => {
  it('leaves plain words alone and quotes everything else', () => {
    expect(shellQuote('showvminfo')).toBe('showvminfo');
    expect(shellQuote('/home/u/VirtualBox VMs/x')).toBe(`'/home/u/VirtualBox VMs/x'`);
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe(`''`);
    expect(shellQuote('$(rm -rf /)')).toBe(`'$(rm -rf /)'`);
  });

  it('makes a POSIX shell see exactly the original arguments', () => {
    // The remote side of ssh is a shell: what it parses must equal the argv we meant.
    const arg = fc.string({ unit: fc.constantFrom('a', ' ', "'", '"', '\\', '$', '`', '\n', ';', '&', '|', '*', '~', 'é', '(', '#', '!') });
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 4 }), (args) => {
        const line = shellCommand(['printf', '%s\\0', ...args]);
        const out = execFileSync('sh', ['-c', args.length === 0 ? 'true' : line], { encoding: 'utf8' });
        expect(args.length === 0 ? [] : out.split('\0').slice(0, -1)).toEqual(args);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a NUL byte, which no argv can carry', () => {
    expect(() => shellQuote('a\0b')).toThrow();
  });
});
