import { describe, expect, it } from 'vitest';
import { emitTypescript, listProcedures, pascalCase, camelCase } from '../../../../scripts/xdrgen/emitTypescript.js';
import { emptyDefinitions, parseXdr } from '../../../../scripts/xdrgen/parseXdr.js';
import { streamAnnotations } from '../../../../scripts/xdrgen/streamAnnotations.js';

const SAMPLE = `
/* a comment */
%#include "passthrough.h"
const NAME_MAX = 0x10;
const LIST_MAX = LIST_BASE;
typedef string name_t<NAME_MAX>;
typedef name_t *maybe_name;
typedef opaque uuid_t[UUID_LEN];
enum color { RED = 0, GREEN = 1, BLUE = -2 };
struct thing {
  name_t name;
  uuid_t uuid;
  unsigned hyper size;
  hyper delta;
  bool flag;
  char model[4];
  unsigned short port;
  opaque blob<>;
  int values<LIST_MAX>;
  maybe_name alias;
  double ratio;
  color tint;
};
union value switch (int type) {
  case 1: int i;
  case 2:
  case 3: unsigned hyper ul;
  case RED: void;
};
struct demo_do_it_args { thing t; };
struct demo_do_it_ret { value v; };
struct demo_ping_msg { int n; };
const DEMO_PROGRAM = 0x1234;
enum demo_procedure {
  /**
   * @generate: both
   */
  DEMO_PROC_DO_IT = 1,
  /**
   * @writestream: 1
   */
  DEMO_PROC_SEND = 2,
  DEMO_PROC_PING = 3
};
`;

function parseSample() {
  return parseXdr(SAMPLE, emptyDefinitions({ UUID_LEN: 16, LIST_BASE: 5 }));
}

describe('the XDR parser', () => {
  it('resolves constants, including external and hex ones', () => {
    const defs = parseSample();
    expect(defs.constants.get('NAME_MAX')).toBe(16);
    expect(defs.constants.get('LIST_MAX')).toBe(5);
    expect(defs.constants.get('BLUE')).toBe(-2);
    expect(defs.constNames).toEqual(['NAME_MAX', 'LIST_MAX', 'DEMO_PROGRAM']);
  });

  it('turns every declaration form into a descriptor', () => {
    const defs = parseSample();
    expect(defs.types.get('name_t')).toEqual({ kind: 'string', max: 16 });
    expect(defs.types.get('maybe_name')).toEqual({ kind: 'optional', of: { kind: 'ref', name: 'name_t' } });
    expect(defs.types.get('uuid_t')).toEqual({ kind: 'opaque', fixed: 16 });
    expect(defs.types.get('color')).toEqual({ kind: 'enum', values: { RED: 0, GREEN: 1, BLUE: -2 } });
    expect(defs.types.get('thing')).toEqual({
      kind: 'struct',
      fields: [
        ['name', { kind: 'ref', name: 'name_t' }],
        ['uuid', { kind: 'ref', name: 'uuid_t' }],
        ['size', { kind: 'uhyper' }],
        ['delta', { kind: 'hyper' }],
        ['flag', { kind: 'bool' }],
        ['model', { kind: 'array', of: { kind: 'int', bits: 8 }, fixed: 4 }],
        ['port', { kind: 'uint', bits: 16 }],
        ['blob', { kind: 'varopaque' }],
        ['values', { kind: 'vararray', of: { kind: 'int' }, max: 5 }],
        ['alias', { kind: 'ref', name: 'maybe_name' }],
        ['ratio', { kind: 'double' }],
        ['tint', { kind: 'ref', name: 'color' }],
      ],
    });
    expect(defs.types.get('value')).toEqual({
      kind: 'union',
      discriminant: ['type', { kind: 'int' }],
      arms: [{ cases: [1], field: ['i', { kind: 'int' }] }, { cases: [2, 3], field: ['ul', { kind: 'uhyper' }] }, { cases: [0] }],
    });
  });

  it('reports the line of a syntax error and undefined constants', () => {
    expect(() => parseXdr('struct a {\n int x\n};')).toThrow(/line 3.*expected ';'/);
    expect(() => parseXdr('typedef opaque u[NOPE];')).toThrow(/undefined constant 'NOPE'/);
    expect(() => parseXdr('struct a { int x; };\nstruct a { int y; };')).toThrow(/defined twice/);
  });

  it('reads stream annotations from the doc comments', () => {
    expect(streamAnnotations(SAMPLE)).toEqual(new Map([['DEMO_PROC_SEND', 'write']]));
  });
});

describe('the TypeScript emitter', () => {
  const program = {
    procedureEnum: 'demo_procedure',
    memberPrefix: 'DEMO_PROC_',
    typePrefix: 'demo_',
    streams: streamAnnotations(SAMPLE),
  };
  const options = {
    header: '// test header',
    xdrTypeModule: './XdrType.js',
    invokerModule: './Invoker.js',
    protocolModule: './protocol.js',
  };

  it('pairs procedures with their args, ret and msg types by libvirt naming', () => {
    const procedures = listProcedures(parseSample(), program);
    expect(procedures).toEqual([
      { name: 'DO_IT', method: 'doIt', number: 1, args: 'demo_do_it_args', ret: 'demo_do_it_ret', message: null, stream: null },
      { name: 'SEND', method: 'send', number: 2, args: null, ret: null, message: null, stream: 'write' },
      { name: 'PING', method: 'ping', number: 3, args: null, ret: null, message: 'demo_ping_msg', stream: null },
    ]);
  });

  it('emits types, descriptors, the procedure table and typed calls', () => {
    const files = emitTypescript(parseSample(), program, options);
    expect(files.protocol).toContain('// test header');
    expect(files.protocol).toContain('export const DEMO_PROGRAM = 0x1234;');
    expect(files.protocol).toContain('export interface Thing {');
    expect(files.protocol).toContain('  size: bigint;');
    expect(files.protocol).toContain('  alias: MaybeName;');
    expect(files.protocol).toContain('export type MaybeName = NameT | null;');
    expect(files.protocol).toContain('export type Value = { type: 1; i: number; } | { type: 2 | 3; ul: bigint; } | { type: 0; };');
    expect(files.protocol).toContain('  DO_IT: { args: DemoDoItArgs; ret: DemoDoItRet };');
    expect(files.protocol).toContain('  PING: DemoPingMsg;');
    expect(files.protocol).toContain(`  thing: ${JSON.stringify(parseSample().types.get('thing'))},`);
    expect(files.calls).toContain('doIt(args: DemoDoItArgs, options?: CallOptions): Promise<DemoDoItRet> {');
    expect(files.calls).toContain("return this.invoker.callWithStream('SEND', undefined, options);");
    expect(files.calls).not.toContain('ping(');
  });

  it('refuses definitions that refer to undefined types', () => {
    const defs = parseXdr('struct demo_x_args { missing_t m; }; enum demo_procedure { DEMO_PROC_X = 1 };');
    expect(() => emitTypescript(defs, program, options)).toThrow(/undefined type missing_t/);
  });

  it('converts names', () => {
    expect(pascalCase('remote_nonnull_domain')).toBe('RemoteNonnullDomain');
    expect(pascalCase('virNetMessageError')).toBe('VirNetMessageError');
    expect(camelCase('DOMAIN_LOOKUP_BY_UUID')).toBe('domainLookupByUuid');
  });
});
