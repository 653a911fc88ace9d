/**
 * The part of go-patch (github.com/cppforlife/go-patch, package patch) that `bosh create-env
 * -o` and `bosh deploy -o` use to apply ops files, imitated for the operations and path forms
 * the release's ops files use: `replace` and `remove`, with key, index, `-` (after last),
 * `name=value` and `?` (optional) tokens. Modifiers (`:prev`, `:before`, …) and `test` ops are
 * refused rather than half imitated. Error messages are go-patch's, so a test failure reads like
 * the CLI's.
 */
type Doc = unknown;
type YamlMap = Record<string, unknown>;

type Token =
  | { kind: 'index'; index: number }
  | { kind: 'after-last' }
  | { kind: 'matching'; key: string; value: string; optional: boolean }
  | { kind: 'key'; key: string; optional: boolean };

export interface GoPatchOp {
  readonly type: string;
  readonly path?: string;
  readonly value?: unknown;
  /** bosh-deployment names some ops; go-patch's OpDefinition ignores the key. */
  readonly name?: string;
}

const isMap = (value: unknown): value is YamlMap => typeof value === 'object' && value !== null && !Array.isArray(value);

/** patch/pointer.go: rfc6901Decoder, "~0" → "~", "~1" → "/", "~7" → ":". */
const decode = (token: string): string => token.replace(/~[017]/g, (sequence) => ({ '~0': '~', '~1': '/', '~7': ':' })[sequence]!);

/** patch/pointer.go Pointer#String, for error messages (no modifiers, as none are parsed). */
function pointerString(tokens: readonly Token[]): string {
  const encode = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1').replace(/:/g, '~7');
  let optional = false;
  const parts = tokens.map((token) => {
    switch (token.kind) {
      case 'index':
        return String(token.index);
      case 'after-last':
        return '-';
      case 'matching': {
        let value = encode(token.value);
        if (token.optional && !optional) [value, optional] = [`${value}?`, true];
        return `${encode(token.key)}=${value}`;
      }
      case 'key': {
        let key = encode(token.key);
        if (token.optional && !optional) [key, optional] = [`${key}?`, true];
        return key;
      }
    }
  });
  return ['', ...parts].join('/');
}

/**
 * patch/pointer.go NewPointerFromString. Its rules, in order, for each `/`-separated piece:
 * split off `:modifiers`; decode ~0 ~1 ~7; `-` as the last piece appends; an integer
 * (strconv.Atoi: optional sign, digits) is an index; a piece ending in `?` makes it AND every
 * later piece optional; `key=value` (split at the first `=`, `?` trimmed from the value)
 * selects the array item whose `key` equals the string `value`; anything else is a map key.
 */
export function parsePointer(path: string): Token[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error("Expected to start with '/'");
  const pieces = path.split('/').slice(1);
  const tokens: Token[] = [];
  let optional = false;
  pieces.forEach((raw, i) => {
    if (raw.split(':').length > 1) throw new Error(`go-patch modifiers are not imitated here (in '${path}')`);
    const token = decode(raw);
    if (i === pieces.length - 1 && token === '-') {
      tokens.push({ kind: 'after-last' });
      return;
    }
    if (/^[+-]?\d+$/.test(token)) {
      tokens.push({ kind: 'index', index: Number(token) });
      return;
    }
    if (token.endsWith('?')) optional = true;
    const equals = token.indexOf('=');
    if (equals >= 0) {
      tokens.push({ kind: 'matching', key: token.slice(0, equals), value: token.slice(equals + 1).replace(/\?$/, ''), optional });
      return;
    }
    tokens.push({ kind: 'key', key: token.replace(/\?$/, ''), optional });
  });
  return tokens;
}

const typeName = (value: unknown): string =>
  value === null || value === undefined
    ? '<nil>'
    : Array.isArray(value)
      ? '[]interface {}'
      : isMap(value)
        ? 'map[interface {}]interface {}'
        : typeof value;

/** patch/array_index.go ArrayIndex#Concrete without modifiers: negative counts from the end. */
function concreteIndex(index: number, array: readonly unknown[], path: string): number {
  if (index >= array.length || -index - 1 >= array.length) {
    throw new Error(`Expected to find array index '${index}' but found array of length '${array.length}' for path '${path}'`);
  }
  return index < 0 ? array.length + index : index;
}

/** patch/replace_op.go and remove_op.go: the items whose `key` equals `value` (Go's ==, a string compare). */
const matchingIndexes = (array: readonly unknown[], key: string, value: string): number[] =>
  array.flatMap((item, i) => (isMap(item) && item[key] === value ? [i] : []));

/** patch/replace_op.go ReplaceOp#Apply. */
function replace(doc: Doc, tokens: readonly Token[], value: unknown): Doc {
  const cloned = structuredClone(value); // go-patch clones the value through YAML
  if (tokens.length === 0) return cloned;
  let obj: unknown = doc;
  let update: (next: unknown) => void = (next) => {
    doc = next;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const isLast = i === tokens.length - 1;
    const path = pointerString(tokens.slice(0, i + 1));
    switch (token.kind) {
      case 'index': {
        if (!Array.isArray(obj)) throw new Error(`Expected to find an array at path '${path}' but found '${typeName(obj)}'`);
        const array = obj;
        const idx = concreteIndex(token.index, array, path);
        if (isLast) {
          array[idx] = cloned;
        } else {
          obj = array[idx];
          update = (next) => {
            array[idx] = next;
          };
        }
        break;
      }
      case 'after-last': {
        if (!Array.isArray(obj)) throw new Error(`Expected to find an array at path '${path}' but found '${typeName(obj)}'`);
        update([...obj, cloned]); // pointer.go only makes `-` a token when it is the last piece
        break;
      }
      case 'matching': {
        if (!Array.isArray(obj)) throw new Error(`Expected to find an array at path '${path}' but found '${typeName(obj)}'`);
        const array = obj;
        const idxs = matchingIndexes(array, token.key, token.value);
        if (token.optional && idxs.length === 0) {
          if (isLast) {
            update([...array, cloned]);
          } else {
            obj = { [token.key]: token.value };
            update([...array, obj]);
          }
        } else {
          if (idxs.length !== 1)
            throw new Error(`Expected to find exactly one matching array item for path '${path}' but found ${idxs.length}`);
          if (isLast) array[idxs[0]!] = cloned;
          else obj = array[idxs[0]!];
        }
        break;
      }
      case 'key': {
        if (!isMap(obj)) throw new Error(`Expected to find a map at path '${path}' but found '${typeName(obj)}'`);
        const map = obj;
        const found = Object.hasOwn(map, token.key);
        if (!found && !token.optional) throw missingKey(token.key, path, map);
        if (isLast) {
          map[token.key] = cloned;
        } else {
          update = (next) => {
            map[token.key] = next;
          };
          if (found) {
            obj = map[token.key];
          } else {
            // ReplaceOp: the missing value's type follows from the next token.
            const next = tokens[i + 1]!;
            if (next.kind === 'after-last' || next.kind === 'matching') obj = [];
            else if (next.kind === 'key') obj = {};
            else
              throw new Error(
                `Expected to find key, matching index or after last index token at path '${pointerString(tokens.slice(0, i + 2))}'`,
              );
            map[token.key] = obj;
          }
        }
        break;
      }
    }
  }
  return doc;
}

/** patch/remove_op.go RemoveOp#Apply. */
function remove(doc: Doc, tokens: readonly Token[]): Doc {
  if (tokens.length === 0) throw new Error('Cannot remove entire document');
  let obj: unknown = doc;
  let update: (next: unknown) => void = (next) => {
    doc = next;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const isLast = i === tokens.length - 1;
    const path = pointerString(tokens.slice(0, i + 1));
    switch (token.kind) {
      case 'index':
      case 'matching': {
        if (!Array.isArray(obj)) throw new Error(`Expected to find an array at path '${path}' but found '${typeName(obj)}'`);
        const array = obj;
        let index: number;
        if (token.kind === 'index') {
          index = token.index;
        } else {
          const idxs = matchingIndexes(array, token.key, token.value);
          if (token.optional && idxs.length === 0) return doc;
          if (idxs.length !== 1)
            throw new Error(`Expected to find exactly one matching array item for path '${path}' but found ${idxs.length}`);
          index = idxs[0]!;
        }
        const idx = concreteIndex(index, array, path);
        if (isLast) {
          update([...array.slice(0, idx), ...array.slice(idx + 1)]);
        } else {
          obj = array[idx];
          update = (next) => {
            array[idx] = next;
          };
        }
        break;
      }
      case 'key': {
        if (!isMap(obj)) throw new Error(`Expected to find a map at path '${path}' but found '${typeName(obj)}'`);
        const map = obj;
        if (!Object.hasOwn(map, token.key)) {
          if (token.optional) return doc;
          throw missingKey(token.key, path, map);
        }
        if (isLast) {
          delete map[token.key];
        } else {
          obj = map[token.key];
          update = (next) => {
            map[token.key] = next;
          };
        }
        break;
      }
      case 'after-last':
        // RemoveOp has no case for it: OpUnexpectedTokenErr.
        throw new Error(`Expected to not find token 'patch.AfterLastIndexToken' at path '${path}'`);
    }
  }
  return doc;
}

/** patch/errs.go OpMissingMapKeyErr. */
function missingKey(key: string, path: string, map: YamlMap): Error {
  const keys = Object.keys(map).sort();
  const siblings = keys.length === 0 ? 'found no other map keys' : `found map keys: '${keys.join("', '")}'`;
  return new Error(`Expected to find a map key '${key}' for path '${path}' (${siblings})`);
}

/**
 * patch/ops.go Ops#Apply with patch/op_definition.go NewOpsFromDefinitions: every op is
 * checked first (type, path, value), then applied in order to a copy of `doc`.
 */
export function applyGoPatch(doc: Doc, ops: readonly GoPatchOp[]): Doc {
  const parsed = ops.map((op, i) => {
    if (op.type !== 'replace' && op.type !== 'remove') throw new Error(`Unknown operation [${i}] with type '${op.type}'`);
    const label = op.type === 'replace' ? 'Replace' : 'Remove';
    if (op.path === undefined) throw new Error(`${label} operation [${i}]: Missing path`);
    // OpDefinition.Value is a *interface{}: YAML null, like an absent key, leaves it nil.
    const hasValue = op.value !== undefined && op.value !== null;
    if (op.type === 'replace' && !hasValue) throw new Error(`Replace operation [${i}]: Missing value`);
    if (op.type === 'remove' && hasValue) throw new Error(`Remove operation [${i}]: Cannot specify value`);
    let tokens: Token[];
    try {
      tokens = parsePointer(op.path);
    } catch (error) {
      throw new Error(`${label} operation [${i}]: Invalid path: ${(error as Error).message}`);
    }
    return { op, tokens };
  });
  let result = structuredClone(doc);
  for (const { op, tokens } of parsed) result = op.type === 'replace' ? replace(result, tokens, op.value) : remove(result, tokens);
  return result;
}
