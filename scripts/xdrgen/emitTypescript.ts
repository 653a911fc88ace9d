import type { XdrType } from '../../src/adapters/libvirt/rpc/xdr/XdrType.js';
import type { XdrDefinitions } from './parseXdr.js';

/** How to find one RPC program's procedures in the definitions. */
export interface ProgramSpec {
  /** The enum listing the procedures, e.g. `remote_procedure`. */
  readonly procedureEnum: string;
  /** Prefix of its members, e.g. `REMOTE_PROC_`. */
  readonly memberPrefix: string;
  /** Prefix of argument/result/message type names, e.g. `remote_`. */
  readonly typePrefix: string;
  /** Stream direction per procedure member, from `@readstream`/`@writestream` annotations. */
  readonly streams: ReadonlyMap<string, 'read' | 'write'>;
}

export interface ProcedureEntry {
  readonly name: string;
  readonly method: string;
  readonly number: number;
  readonly args: string | null;
  readonly ret: string | null;
  readonly message: string | null;
  readonly stream: 'read' | 'write' | null;
}

export interface EmitOptions {
  readonly header: string;
  /** Module specifier (relative, with .js) of the XdrType module, seen from the output folder. */
  readonly xdrTypeModule: string;
  /** Module specifier of the module defining CallOptions, ProcedureInvoker, RpcStream. */
  readonly invokerModule: string;
  /** Module specifier of the types module, seen from the calls module. */
  readonly protocolModule: string;
}

export interface EmittedFiles {
  /** Constants, enums, type descriptors, procedure table and TypeScript types. */
  readonly protocol: string;
  /** A class with one typed method per callable procedure. */
  readonly calls: string;
  readonly procedures: readonly ProcedureEntry[];
}

/** snake_case or camelCase to PascalCase: remote_nonnull_domain -> RemoteNonnullDomain. */
export function pascalCase(name: string): string {
  return name
    .split('_')
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** UPPER_SNAKE to camelCase: DOMAIN_LOOKUP_BY_NAME -> domainLookupByName. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name.toLowerCase());
  return pascal[0]!.toLowerCase() + pascal.slice(1);
}

export function listProcedures(defs: XdrDefinitions, program: ProgramSpec): ProcedureEntry[] {
  const procedureEnum = defs.types.get(program.procedureEnum);
  if (!procedureEnum || procedureEnum.kind !== 'enum') {
    throw new Error(`no enum ${program.procedureEnum} in the definitions`);
  }
  return Object.entries(procedureEnum.values).map(([member, number]) => {
    if (!member.startsWith(program.memberPrefix)) throw new Error(`procedure ${member} lacks ${program.memberPrefix}`);
    const name = member.slice(program.memberPrefix.length);
    const base = program.typePrefix + name.toLowerCase();
    const has = (suffix: string): string | null => (defs.types.has(base + suffix) ? base + suffix : null);
    return {
      name,
      method: camelCase(name),
      number,
      args: has('_args'),
      ret: has('_ret'),
      message: has('_msg'),
      stream: program.streams.get(member) ?? null,
    };
  });
}

/** Every type name a descriptor refers to, transitively within one descriptor. */
export function referencedTypes(type: XdrType, into: Set<string> = new Set()): Set<string> {
  switch (type.kind) {
    case 'ref':
      into.add(type.name);
      break;
    case 'array':
    case 'vararray':
    case 'optional':
      referencedTypes(type.of, into);
      break;
    case 'struct':
      for (const [, t] of type.fields) referencedTypes(t, into);
      break;
    case 'union':
      referencedTypes(type.discriminant[1], into);
      for (const arm of type.arms) if (arm.field) referencedTypes(arm.field[1], into);
      if (type.defaultArm?.field) referencedTypes(type.defaultArm.field[1], into);
      break;
    default:
      break;
  }
  return into;
}

export function emitTypescript(defs: XdrDefinitions, program: ProgramSpec, options: EmitOptions): EmittedFiles {
  checkReferences(defs);
  const procedures = listProcedures(defs, program);
  checkUniqueNames(defs);
  return {
    protocol: emitProtocol(defs, procedures, options),
    calls: emitCalls(procedures, options),
    procedures,
  };
}

function checkReferences(defs: XdrDefinitions): void {
  for (const [name, type] of defs.types) {
    for (const ref of referencedTypes(type)) {
      if (!defs.types.has(ref)) throw new Error(`type ${name} refers to undefined type ${ref}`);
    }
  }
}

function checkUniqueNames(defs: XdrDefinitions): void {
  const seen = new Map<string, string>();
  for (const name of [...defs.types.keys(), ...defs.constNames]) {
    const emitted = defs.types.has(name) ? pascalCase(name) : name;
    const other = seen.get(emitted);
    if (other !== undefined) throw new Error(`${name} and ${other} both become ${emitted}`);
    seen.set(emitted, name);
  }
}

function emitProtocol(defs: XdrDefinitions, procedures: readonly ProcedureEntry[], options: EmitOptions): string {
  const out: string[] = [options.header, ''];
  out.push(`import type { XdrTypeTable } from '${options.xdrTypeModule}';`, '');
  out.push('// ---- Constants ----', '');
  for (const name of defs.constNames) {
    const value = defs.constants.get(name)!;
    out.push(`export const ${name} = ${name.endsWith('_PROGRAM') ? `0x${value.toString(16)}` : value};`);
  }
  out.push('', '// ---- Enums (value objects; the enum types are plain numbers) ----', '');
  for (const [name, type] of defs.types) {
    if (type.kind !== 'enum') continue;
    out.push(`export const ${pascalCase(name)} = {`);
    for (const [member, value] of Object.entries(type.values)) out.push(`  ${member}: ${value},`);
    out.push('} as const;');
  }
  out.push('', '// ---- TypeScript types ----', '');
  for (const [name, type] of defs.types) out.push(...declareType(name, type));
  out.push('', '// ---- Type descriptors for the XDR codec ----', '');
  out.push('export const remoteTypes: XdrTypeTable = {');
  for (const [name, type] of defs.types) out.push(`  ${name}: ${JSON.stringify(type)},`);
  out.push('};', '');
  out.push('// ---- Procedures ----', '');
  out.push('export interface ProcedureInfo {');
  out.push('  readonly number: number;');
  out.push('  readonly args: string | null;');
  out.push('  readonly ret: string | null;');
  out.push('  /** Type of the body when the daemon sends this procedure as an event message. */');
  out.push('  readonly message: string | null;');
  out.push("  /** A stream follows the reply: 'write' carries data to the daemon, 'read' from it. */");
  out.push("  readonly stream: 'read' | 'write' | null;");
  out.push('}', '');
  out.push(`export const REMOTE_PROCEDURE_COUNT = ${procedures.length};`, '');
  out.push('export const remoteProcedures = {');
  for (const p of procedures) {
    const info = { number: p.number, args: p.args, ret: p.ret, message: p.message, stream: p.stream };
    out.push(`  ${p.name}: ${JSON.stringify(info)},`);
  }
  out.push('} as const satisfies Record<string, ProcedureInfo>;', '');
  out.push('export type RemoteProcedureName = keyof typeof remoteProcedures;', '');
  out.push('/** Argument and result types of every procedure (void when the procedure has none). */');
  out.push('export interface RemoteProcedureTypes {');
  for (const p of procedures) {
    const args = p.args ? pascalCase(p.args) : 'void';
    const ret = p.ret ? pascalCase(p.ret) : 'void';
    out.push(`  ${p.name}: { args: ${args}; ret: ${ret} };`);
  }
  out.push('}', '');
  out.push('/** Body types of the procedures the daemon sends as event messages. */');
  out.push('export interface RemoteMessageTypes {');
  for (const p of procedures) if (p.message) out.push(`  ${p.name}: ${pascalCase(p.message)};`);
  out.push('}', '');
  return out.join('\n');
}

function declareType(name: string, type: XdrType): string[] {
  const tsName = pascalCase(name);
  switch (type.kind) {
    case 'enum':
      return [`export type ${tsName} = number;`];
    case 'struct':
      return [`export interface ${tsName} {`, ...type.fields.map(([field, fieldType]) => `  ${field}: ${tsType(fieldType)};`), '}'];
    default:
      return [`export type ${tsName} = ${tsType(type)};`];
  }
}

function tsType(type: XdrType): string {
  switch (type.kind) {
    case 'int':
    case 'uint':
    case 'float':
    case 'double':
    case 'enum':
      return 'number';
    case 'hyper':
    case 'uhyper':
      return 'bigint';
    case 'bool':
      return 'boolean';
    case 'void':
      return 'void';
    case 'string':
      return 'string';
    case 'opaque':
    case 'varopaque':
      return 'Buffer';
    case 'array':
    case 'vararray': {
      const item = tsType(type.of);
      return /^[A-Za-z0-9_]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
    }
    case 'optional':
      return `${tsType(type.of)} | null`;
    case 'ref':
      return pascalCase(type.name);
    case 'struct':
      return `{ ${type.fields.map(([f, t]) => `${f}: ${tsType(t)};`).join(' ')} }`;
    case 'union': {
      const [disc, discType] = type.discriminant;
      const literal = (value: number): string => (discType.kind === 'bool' ? (value === 0 ? 'false' : 'true') : String(value));
      const arms = type.arms.map((arm) => {
        const field = arm.field ? ` ${arm.field[0]}: ${tsType(arm.field[1])};` : '';
        return `{ ${disc}: ${arm.cases.map(literal).join(' | ')};${field} }`;
      });
      if (type.defaultArm) {
        const field = type.defaultArm.field ? ` ${type.defaultArm.field[0]}: ${tsType(type.defaultArm.field[1])};` : '';
        arms.push(`{ ${disc}: ${tsType(discType)};${field} }`);
      }
      return arms.join(' | ');
    }
  }
}

function emitCalls(procedures: readonly ProcedureEntry[], options: EmitOptions): string {
  const out: string[] = [options.header, ''];
  out.push(`import type { CallOptions, ProcedureInvoker, RpcStream } from '${options.invokerModule}';`);
  const used = new Set<string>();
  for (const p of procedures) {
    if (p.message) continue;
    if (p.args) used.add(pascalCase(p.args));
    if (p.ret) used.add(pascalCase(p.ret));
  }
  out.push(
    `import type {\n${[...used]
      .sort()
      .map((t) => `  ${t},`)
      .join('\n')}\n} from '${options.protocolModule}';`,
    '',
  );
  out.push('/**');
  out.push(' * One typed method per callable procedure of the remote program. Event messages (procedures');
  out.push(' * the daemon sends on its own) have no method; they arrive through the connection.');
  out.push(' */');
  out.push('export class RemoteProcedures {');
  out.push('  constructor(private readonly invoker: ProcedureInvoker) {}');
  for (const p of procedures) {
    if (p.message) continue;
    const params = p.args ? `args: ${pascalCase(p.args)}, options?: CallOptions` : 'options?: CallOptions';
    const argValue = p.args ? 'args' : 'undefined';
    const ret = p.ret ? pascalCase(p.ret) : 'void';
    out.push('');
    out.push(`  /** REMOTE_PROC_${p.name} = ${p.number}${p.stream ? ` (${p.stream} stream)` : ''} */`);
    if (p.stream) {
      out.push(`  ${p.method}(${params}): Promise<{ ret: ${ret}; stream: RpcStream }> {`);
      out.push(`    return this.invoker.callWithStream('${p.name}', ${argValue}, options);`);
    } else {
      out.push(`  ${p.method}(${params}): Promise<${ret}> {`);
      out.push(`    return this.invoker.call('${p.name}', ${argValue}, options);`);
    }
    out.push('  }');
  }
  out.push('}', '');
  return out.join('\n');
}
