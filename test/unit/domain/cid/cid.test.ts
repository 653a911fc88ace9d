import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CID_HEX_LENGTH, CID_KINDS, type CidKind, DISK_CID_LENGTH, isCid, makeCid, parseCid } from '../../../../src/domain/cid/Cid.js';
import { DomainError } from '../../../../src/domain/errors/DomainError.js';
import { cidHex } from '../../../support/arbitraries.js';

const kinds = Object.keys(CID_KINDS) as CidKind[];
/** Characters that mean something to a shell, a path, XML or a libvirt name. */
/** A kind and random hex digits of the length that kind takes. */
const kindAndHex = fc.constantFrom(...kinds).chain((kind) => cidHex(kind).map((hex) => [kind, hex] as const));
const META = ['/', '.', '\\', '<', '>', '&', "'", '"', ' ', ';', '$', '`', '|', '\n', '\0', '*', '?', '-', '%'];

describe('CIDs', () => {
  it('accepts every CID makeCid produces, for every kind', () => {
    fc.assert(
      fc.property(kindAndHex, ([kind, hex]) => {
        const cid = makeCid(kind, hex);
        expect(cid).toBe(`${CID_KINDS[kind]}_${hex}`);
        expect(isCid(kind, cid)).toBe(true);
        expect(parseCid(kind, cid)).toBe(cid);
      }),
    );
  });

  it('rejects a CID with any path, shell or XML metacharacter inserted', () => {
    fc.assert(
      fc.property(kindAndHex, fc.constantFrom(...META), fc.nat(), ([kind, hex], meta, at) => {
        const valid = `${CID_KINDS[kind]}_${hex}`;
        const position = at % (valid.length + 1);
        const tainted = `${valid.slice(0, position)}${meta}${valid.slice(position)}`;
        expect(isCid(kind, tainted)).toBe(false);
        expect(() => parseCid(kind, tainted)).toThrow(DomainError);
      }),
    );
  });

  it("rejects arbitrary strings that are not exactly prefix, underscore and the kind's number of lowercase hex digits", () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.string({ maxLength: 40 }), (kind, value) => {
        fc.pre(!/^[a-z]+_([0-9a-f]{24}|[0-9a-f]{15})$/.test(value));
        expect(isCid(kind, value)).toBe(false);
      }),
    );
  });

  it('makes disk CIDs of exactly 20 characters, the length both agent generations find, and keeps 24 hex digits for the others', () => {
    // bosh-agent id_device_path_resolver.go: a disk id shorter than 20 characters is refused, and
    // the glob takes the whole id (v2.524.0 on) or its first 20 characters (before).
    fc.assert(
      fc.property(cidHex('disk'), (hex) => {
        const cid = makeCid('disk', hex);
        expect(cid).toHaveLength(20);
        expect(cid.slice(0, 20)).toBe(cid);
      }),
    );
    expect(DISK_CID_LENGTH).toBe(20);
    expect(CID_HEX_LENGTH).toEqual({ stemcell: 24, vm: 24, disk: 15, snapshot: 24 });
    expect(isCid('disk', `disk_${'a'.repeat(24)}`)).toBe(false);
    expect(isCid('disk', `disk_${'a'.repeat(16)}`)).toBe(false);
    expect(isCid('vm', `vm_${'a'.repeat(15)}`)).toBe(false);
    expect(() => parseCid('disk', `disk_${'a'.repeat(24)}`)).toThrow(/expected 'disk_' and 15 lowercase hex digits/);
    expect(() => parseCid('vm', 'vm_1')).toThrow(/expected 'vm_' and 24 lowercase hex digits/);
  });

  it('does not take one kind for another, nor non-strings', () => {
    expect(isCid('vm', `disk_${'a'.repeat(15)}`)).toBe(false);
    expect(isCid('disk', `vm_${'a'.repeat(24)}`)).toBe(false);
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
