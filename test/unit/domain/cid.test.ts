import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CID_KINDS, type CidKind, isCid, makeCid, parseCid } from '../../../src/domain/cid/Cid.js';
import { DomainError } from '../../../src/domain/errors/DomainError.js';
import { hex24 } from '../../support/arbitraries.js';

const kinds = Object.keys(CID_KINDS) as CidKind[];
/** Characters that mean something to a shell, a path, XML or a libvirt name. */
const META = ['/', '.', '\\', '<', '>', '&', "'", '"', ' ', ';', '$', '`', '|', '\n', '\0', '*', '?', '-', '%'];

describe('CIDs', () => {
  it('accepts every CID makeCid produces, for every kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), hex24, (kind, hex) => {
        const cid = makeCid(kind, hex);
        expect(cid).toBe(`${CID_KINDS[kind]}_${hex}`);
        expect(isCid(kind, cid)).toBe(true);
        expect(parseCid(kind, cid)).toBe(cid);
      }),
    );
  });

  it('rejects a CID with any path, shell or XML metacharacter inserted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), hex24, fc.constantFrom(...META), fc.nat(), (kind, hex, meta, at) => {
        const valid = `${CID_KINDS[kind]}_${hex}`;
        const position = at % (valid.length + 1);
        const tainted = `${valid.slice(0, position)}${meta}${valid.slice(position)}`;
        expect(isCid(kind, tainted)).toBe(false);
        expect(() => parseCid(kind, tainted)).toThrow(DomainError);
      }),
    );
  });

  it('rejects arbitrary strings that are not exactly prefix, underscore and 24 lowercase hex digits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.string({ maxLength: 40 }), (kind, value) => {
        fc.pre(!/^[a-z]+_[0-9a-f]{24}$/.test(value));
        expect(isCid(kind, value)).toBe(false);
      }),
    );
  });

  it('does not take one kind for another, nor non-strings', () => {
    expect(isCid('vm', `disk_${'a'.repeat(24)}`)).toBe(false);
    expect(isCid('vm', `vm_${'A'.repeat(24)}`)).toBe(false);
    expect(isCid('vm', 42)).toBe(false);
    expect(isCid('vm', null)).toBe(false);
  });

  it('names the offending value, shortened, in the error', () => {
    const error = (() => {
      try {
        parseCid('disk', `../../etc/passwd${'x'.repeat(200)}`);
      } catch (caught) {
        return caught as DomainError;
      }
      throw new Error('parseCid accepted a path');
    })();
    expect(error.kind).toBe('invalid_request');
    expect(error.message).toContain('../../etc/passwd');
    expect(error.message.length).toBeLessThan(200);
  });
});
