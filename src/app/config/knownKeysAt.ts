import type * as z from 'zod/mini';

interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly innerType?: z.ZodMiniType;
  readonly in?: z.ZodMiniType;
  readonly element?: z.ZodMiniType;
}

/**
 * The keys an object schema knows at `path` inside `schema` (through defaults, optionals and
 * arrays), for suggesting the one a mistyped key meant. Empty where no object schema sits.
 */
export function knownKeysAt(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodMiniType | undefined = unwrap(schema);
  for (const segment of path) {
    if (!current) return [];
    const def = definition(current);
    if (def.type === 'object') current = typeof segment === 'string' ? def.shape?.[segment] : undefined;
    else if (def.type === 'array') current = def.element;
    else return [];
    current = current && unwrap(current);
  }
  const def = current && definition(current);
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function definition(schema: z.ZodMiniType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Looks through the wrappers that leave an object an object: defaults, optionals, pipes. */
function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  for (let depth = 0; depth < 10; depth++) {
    const def = definition(current);
    const inner = ['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch'].includes(def.type)
      ? def.innerType
      : def.type === 'pipe'
        ? def.in
        : undefined;
    if (!inner) return current;
    current = inner;
  }
  return current;
}
