import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIsoIdentifiers } from '../../../../src/adapters/iso9660/compareIsoIdentifiers.js';

describe('compareIsoIdentifiers', () => {
  it('pads names and extensions with spaces rather than comparing raw bytes', () => {
    // Raw byte order would put "A.0;1" first, since '0' (0x30) sorts before ';' (0x3B).
    expect(['A.0;1', 'A.;1', 'AB.;1', 'A_.;1'].sort(compareIsoIdentifiers)).toEqual(['A.;1', 'A.0;1', 'AB.;1', 'A_.;1']);
  });

  it('puts higher versions of the same name first', () => {
    expect(['F.TXT;1', 'F.TXT;2'].sort(compareIsoIdentifiers)).toEqual(['F.TXT;2', 'F.TXT;1']);
  });

  it('is a total order: antisymmetric, and zero only for equal identifiers', () => {
    const identifier = fc.string({ unit: fc.constantFrom(...'AB0_.;1'), maxLength: 6 });
    fc.assert(
      fc.property(identifier, identifier, (a, b) => {
        expect(Math.sign(compareIsoIdentifiers(a, b))).toBe(0 - Math.sign(compareIsoIdentifiers(b, a)) || 0);
        expect(compareIsoIdentifiers(a, b) === 0).toBe(a === b);
      }),
      { numRuns: 300 },
    );
  });
});
