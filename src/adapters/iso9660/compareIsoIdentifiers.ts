/**
 * ECMA-119 §9.3 orders the records of a directory by identifier: the name parts compared as if the
 * shorter were padded with spaces, then the extensions likewise, then the version numbers, highest
 * first. Plain string order differs (it would put "A.;1" after "A.0;1"), so it is spelled out.
 * Used for both the level-1 and the Joliet trees; identifiers that compare equal under the rule
 * fall back to code-unit order so the result is a total order.
 */
export function compareIsoIdentifiers(a: string, b: string): number {
  const left = splitIdentifier(a);
  const right = splitIdentifier(b);
  return (
    comparePadded(left.name, right.name) ||
    comparePadded(left.extension, right.extension) ||
    right.version - left.version ||
    (a < b ? -1 : a > b ? 1 : 0)
  );
}

function splitIdentifier(identifier: string): { name: string; extension: string; version: number } {
  const [nameAndExtension = '', version = '0'] = identifier.split(';');
  const dot = nameAndExtension.lastIndexOf('.');
  return dot === -1
    ? { name: nameAndExtension, extension: '', version: Number(version) }
    : { name: nameAndExtension.slice(0, dot), extension: nameAndExtension.slice(dot + 1), version: Number(version) };
}

function comparePadded(a: string, b: string): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = codeOrSpace(a, i) - codeOrSpace(b, i);
    if (difference !== 0) return difference;
  }
  return 0;
}

function codeOrSpace(text: string, index: number): number {
  return index < text.length ? text.charCodeAt(index) : 0x20;
}
