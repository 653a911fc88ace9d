import * as z from 'zod/mini';
import { failure } from '../../domain/errors/DomainError.js';
import type { NetworkSpec } from '../../domain/network/NetworkSpec.js';
import { describeIssues } from '../config/parseCpiConfig.js';
import '../../zodInEnglish.js';

type Json = Record<string, unknown>;
const object = z.record(z.string(), z.unknown());
/** cloud_properties, env and metadata may be null or absent (docs/cpi-protocol.md §5). */
const optionalObject = z.pipe(
  z.nullish(object),
  z.transform((value): Json => value ?? {}),
);
const cid = z.string();
const sizeMiB = z.number();

/** Metadata values are strings on the wire; the director sends snapshot `index` as a number. */
const metadata = z.pipe(
  optionalObject,
  z.transform(
    (value): Record<string, string> =>
      Object.fromEntries(
        Object.entries(value)
          .filter(([, item]) => item !== null && item !== undefined)
          .map(([key, item]) => [key, typeof item === 'string' ? item : typeof item === 'object' ? JSON.stringify(item) : String(item)]),
      ),
  ),
);

const networkSpec = z.pipe(
  z.looseObject({
    type: z._default(z.enum(['manual', 'dynamic', 'vip']), 'manual'),
    ip: z.nullish(z.string()),
    netmask: z.nullish(z.string()),
    gateway: z.nullish(z.string()),
    prefix: z.nullish(z.union([z.string(), z.number()])),
    dns: z.nullish(z.array(z.string())),
    default: z.nullish(z.array(z.string())),
    cloud_properties: z.nullish(object),
    nic_group: z.nullish(z.union([z.string(), z.number()])),
    mac: z.nullish(z.string()),
    alias: z.nullish(z.string()),
    routes: z.nullish(z.array(z.unknown())),
  }),
  z.transform((spec): NetworkSpec => {
    const kept = Object.fromEntries(Object.entries(spec).filter(([, value]) => value !== null && value !== undefined));
    if (typeof kept['prefix'] === 'number') kept['prefix'] = String(kept['prefix']);
    if (typeof kept['nic_group'] === 'number') kept['nic_group'] = String(kept['nic_group']);
    return kept as unknown as NetworkSpec;
  }),
);

const vmResources = z.looseObject({ cpu: z.number(), ram: z.number(), ephemeral_disk_size: z.number() });

function method<const Names extends readonly string[], T extends z.ZodMiniType<unknown[]>>(names: Names, schema: T) {
  return { names, schema };
}

/**
 * The positional arguments of every CPI method (docs/cpi-protocol.md §5), checked at the boundary of
 * both faces: the executable's dispatcher and the library's Cpi facade.
 */
export const METHOD_ARGUMENTS = {
  // info must answer whatever else comes with it (docs/cpi-protocol.md §2.2).
  info: method([], z.array(z.unknown())),
  create_stemcell: method(['image_path', 'cloud_properties', 'env'], z.tuple([z.string().check(z.minLength(1)), optionalObject, z.optional(z.unknown())])),
  delete_stemcell: method(['stemcell_cid'], z.tuple([cid])),
  create_vm: method(
    ['agent_id', 'stemcell_cid', 'cloud_properties', 'networks', 'disk_cids', 'env'],
    z.tuple([
      z.string().check(z.minLength(1)),
      cid,
      optionalObject,
      z.record(z.string(), networkSpec),
      z.pipe(
        z.nullish(z.array(z.string())),
        z.transform((value) => value ?? []),
      ),
      optionalObject,
    ]),
  ),
  delete_vm: method(['vm_cid'], z.tuple([cid])),
  has_vm: method(['vm_cid'], z.tuple([cid])),
  reboot_vm: method(['vm_cid'], z.tuple([cid])),
  set_vm_metadata: method(['vm_cid', 'metadata'], z.tuple([cid, metadata])),
  calculate_vm_cloud_properties: method(['vm_resources'], z.tuple([vmResources])),
  create_disk: method(['size', 'cloud_properties', 'vm_cid'], z.tuple([sizeMiB, optionalObject, z.nullish(cid)])),
  delete_disk: method(['disk_cid'], z.tuple([cid])),
  has_disk: method(['disk_cid'], z.tuple([cid])),
  attach_disk: method(['vm_cid', 'disk_cid'], z.tuple([cid, cid])),
  detach_disk: method(['vm_cid', 'disk_cid'], z.tuple([cid, cid])),
  get_disks: method(['vm_cid'], z.tuple([cid])),
  resize_disk: method(['disk_cid', 'new_size'], z.tuple([cid, sizeMiB])),
  update_disk: method(['disk_cid', 'new_size', 'cloud_properties'], z.tuple([cid, sizeMiB, optionalObject])),
  set_disk_metadata: method(['disk_cid', 'metadata'], z.tuple([cid, metadata])),
  snapshot_disk: method(['disk_cid', 'metadata'], z.tuple([cid, metadata])),
  delete_snapshot: method(['snapshot_cid'], z.tuple([cid])),
  current_vm_id: method([], z.array(z.unknown())),
  ping: method([], z.array(z.unknown())),
  configure_networks: method([], z.array(z.unknown())),
  create_network: method([], z.array(z.unknown())),
  delete_network: method([], z.array(z.unknown())),
} as const;

export type MethodName = keyof typeof METHOD_ARGUMENTS;
export type MethodArguments<M extends MethodName> = z.output<(typeof METHOD_ARGUMENTS)[M]['schema']>;

export function isMethodName(value: string): value is MethodName {
  return Object.hasOwn(METHOD_ARGUMENTS, value);
}

/** Checks a method's arguments; every problem is named with the argument's position and name. */
export function parseMethodArguments<M extends MethodName>(name: M, args: readonly unknown[]): MethodArguments<M> {
  const { names, schema } = METHOD_ARGUMENTS[name];
  let given = [...args];
  if (schema instanceof z.ZodMiniTuple) {
    while (given.length > names.length && given[given.length - 1] === undefined) given.pop();
    if (given.length > names.length) {
      throw failure('invalid_request', `${name} takes ${names.length} argument${names.length === 1 ? '' : 's'} (${names.join(', ')}), got ${given.length}`);
    }
    // Missing arguments are named like wrong ones, not reported as a short array.
    given = [...given, ...Array<undefined>(names.length - given.length).fill(undefined)];
  }
  const parsed = schema.safeParse(given, { jitless: true }); // parsed once per process
  if (parsed.success) return parsed.data as MethodArguments<M>;
  const issues = parsed.error.issues.map((issue) => {
    const [position, ...rest] = issue.path;
    if (typeof position !== 'number') return issue;
    const label = `argument ${position + 1}${names[position] ? ` (${names[position]})` : ''}`;
    return { ...issue, path: [label, ...rest] };
  });
  throw failure('invalid_request', `${name}: ${describeIssues(issues as typeof parsed.error.issues)}`);
}
