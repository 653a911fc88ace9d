import { describe, expect, it } from 'vitest';
import { applyGoPatch, parsePointer } from '../../support/goPatch.js';

// The ops-file tests trust test/support/goPatch.ts to apply ops as `bosh -o` does. These cases
// and messages are go-patch's own (cppforlife/go-patch patch/pointer_test.go,
// replace_op_test.go, remove_op_test.go).
const replace = (doc: unknown, path: string, value: unknown) => applyGoPatch(doc, [{ type: 'replace', path, value }]);
const remove = (doc: unknown, path: string) => applyGoPatch(doc, [{ type: 'remove', path }]);

describe('go-patch pointers (patch/pointer.go NewPointerFromString)', () => {
  it('reads keys, indexes, name=value selectors, a trailing - and ~ escapes', () => {
    expect(parsePointer('/a/0/-1/name=x/~1~0~7/-')).toEqual([
      { kind: 'key', key: 'a', optional: false },
      { kind: 'index', index: 0 },
      { kind: 'index', index: -1 },
      { kind: 'matching', key: 'name', value: 'x', optional: false },
      { kind: 'key', key: '/~:', optional: false },
      { kind: 'after-last' },
    ]);
  });

  it('makes every piece after the first ? optional, and strips the ?', () => {
    expect(parsePointer('/a/b?/name=c/d')).toEqual([
      { kind: 'key', key: 'a', optional: false },
      { kind: 'key', key: 'b', optional: true },
      { kind: 'matching', key: 'name', value: 'c', optional: true },
      { kind: 'key', key: 'd', optional: true },
    ]);
    expect(parsePointer('/name=x?')).toEqual([{ kind: 'matching', key: 'name', value: 'x', optional: true }]);
  });

  it('refuses a path without a leading slash', () => {
    expect(() => applyGoPatch({}, [{ type: 'replace', path: 'a', value: 1 }])).toThrow(
      "Replace operation [0]: Invalid path: Expected to start with '/'",
    );
  });
});

describe('go-patch replace (patch/replace_op.go ReplaceOp#Apply)', () => {
  it('replaces the whole document for an empty path', () => {
    expect(replace({ a: 1 }, '', [1])).toEqual([1]);
  });

  it('replaces an array item by index, negative counting from the end', () => {
    expect(replace([1, 2, 3], '/-1', 10)).toEqual([1, 2, 10]);
    expect(() => replace([], '/1', 10)).toThrow("Expected to find array index '1' but found array of length '0' for path '/1'");
  });

  it('appends with /-, inside a map too', () => {
    expect(replace({ key: [1] }, '/key/-', 2)).toEqual({ key: [1, 2] });
    expect(() => replace({}, '/-', 2)).toThrow("Expected to find an array at path '/-' but found 'map[interface {}]interface {}'");
  });

  it('selects exactly one item by name=value, compares strings only, and appends a missing one when optional', () => {
    const doc = [{ name: 'a', v: 1 }, { name: 'b', v: 2 }, 'not a map', { name: 1 }];
    expect(replace(doc, '/name=b/v', 20)).toEqual([{ name: 'a', v: 1 }, { name: 'b', v: 20 }, 'not a map', { name: 1 }]);
    expect(() => replace(doc, '/name=1/v', 5)).toThrow("Expected to find exactly one matching array item for path '/name=1' but found 0");
    expect(() => replace([{ name: 'a' }, { name: 'a' }], '/name=a', 1)).toThrow('but found 2');
    expect(replace([{ name: 'a' }], '/name=c?/v', 3)).toEqual([{ name: 'a' }, { name: 'c', v: 3 }]);
    expect(replace([{ name: 'a' }], '/name=c?', { name: 'c' })).toEqual([{ name: 'a' }, { name: 'c' }]);
  });

  it('needs an existing key unless the key (or one before it) is optional, and creates what is missing', () => {
    expect(() => replace({ xyz: 'xyz', 'other-xyz': 1 }, '/abc', 1)).toThrow(
      "Expected to find a map key 'abc' for path '/abc' (found map keys: 'other-xyz', 'xyz')",
    );
    expect(() => replace({}, '/abc/def', 1)).toThrow("Expected to find a map key 'abc' for path '/abc' (found no other map keys)");
    expect(replace({ xyz: 'xyz' }, '/abc?/other/efg', 1)).toEqual({ abc: { other: { efg: 1 } }, xyz: 'xyz' });
    expect(replace({ xyz: 'xyz' }, '/abc?/-', 1)).toEqual({ abc: [1], xyz: 'xyz' });
    expect(replace({}, '/abc?/name=x/v', 1)).toEqual({ abc: [{ name: 'x', v: 1 }] });
    expect(() => replace({ xyz: 'xyz' }, '/abc?/0', 1)).toThrow(
      "Expected to find key, matching index or after last index token at path '/abc?/0'",
    );
  });

  it('refuses a map token on an array and an index on a map', () => {
    expect(() => replace([1, 2, 3], '/abc', 1)).toThrow("Expected to find a map at path '/abc' but found '[]interface {}'");
    expect(() => replace({ a: 1 }, '/0', 1)).toThrow("Expected to find an array at path '/0' but found 'map[interface {}]interface {}'");
  });

  it('clones the value, and leaves the input document alone', () => {
    const value = { deep: [1] };
    const doc = { a: [] as unknown[] };
    const result = applyGoPatch(doc, [
      { type: 'replace', path: '/a/-', value },
      { type: 'replace', path: '/a/0/deep/-', value: 2 },
    ]);
    expect(result).toEqual({ a: [{ deep: [1, 2] }] });
    expect(value).toEqual({ deep: [1] });
    expect(doc).toEqual({ a: [] });
  });
});

describe('go-patch remove (patch/remove_op.go RemoveOp#Apply)', () => {
  it('removes keys, indexes and selected items', () => {
    expect(remove({ a: 1, b: 2 }, '/a')).toEqual({ b: 2 });
    expect(remove([1, 2, 3], '/1')).toEqual([1, 3]);
    expect(remove({ l: [{ name: 'x' }, { name: 'y' }] }, '/l/name=x')).toEqual({ l: [{ name: 'y' }] });
  });

  it('does nothing for a missing optional key or item, and fails for a missing required one', () => {
    expect(remove({ a: 1 }, '/b?/c')).toEqual({ a: 1 });
    expect(remove({ l: [] }, '/l/name=x?')).toEqual({ l: [] });
    expect(() => remove({ a: 1 }, '/b')).toThrow("Expected to find a map key 'b' for path '/b' (found map keys: 'a')");
    expect(() => remove({}, '')).toThrow('Cannot remove entire document');
  });
});

describe('go-patch op definitions (patch/op_definition.go NewOpsFromDefinitions)', () => {
  it('checks every op before applying any, naming its index', () => {
    expect(() =>
      applyGoPatch({}, [
        { type: 'replace', path: '/a?', value: 1 },
        { type: 'replace', path: '/b' },
      ]),
    ).toThrow('Replace operation [1]: Missing value');
    expect(() => applyGoPatch({}, [{ type: 'remove', path: '/a', value: 1 }])).toThrow('Remove operation [0]: Cannot specify value');
    expect(() => applyGoPatch({}, [{ type: 'move', path: '/a' }])).toThrow("Unknown operation [0] with type 'move'");
  });
});
