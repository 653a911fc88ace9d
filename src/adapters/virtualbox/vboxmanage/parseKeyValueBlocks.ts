/**
 * The `Key:   value` block lists of `list hostonlyifs`, `list bridgedifs`, `list natnetworks`
 * and `showmediuminfo`. A block starts at its first key (`startKeys`), not at a blank line:
 * `list hostonlynets` on macOS prints a blank line inside each block. Indented lines continue
 * the previous key (`In use by VMs:` lists) or belong to a sub-list such as port-forwarding
 * rules; lines without a colon (`loopback mappings (ipv4)`, `1 network found`) are skipped.
 */
export function parseKeyValueBlocks(output: string, startKeys: readonly string[]): Map<string, string[]>[] {
  const blocks: Map<string, string[]>[] = [];
  let current: Map<string, string[]> | undefined;
  let lastKey: string | undefined;
  let inSubList = false;
  for (const raw of output.replace(/\r\n/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      lastKey = undefined;
      continue;
    }
    if (/^\s/.test(raw)) {
      if (current && lastKey && !inSubList) current.get(lastKey)!.push(raw.trim());
      continue;
    }
    const match = /^([^:]+?):(?:\s+(.*?))?\s*$/.exec(raw);
    if (!match) {
      inSubList = true;
      lastKey = undefined;
      continue;
    }
    const key = match[1]!;
    const value = match[2] ?? '';
    if (startKeys.includes(key) || !current) {
      current = new Map();
      blocks.push(current);
    }
    inSubList = false;
    current.set(key, [value]);
    lastKey = key;
  }
  return blocks;
}

export const first = (block: Map<string, string[]>, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const v = block.get(key);
    if (v !== undefined) return v[0];
  }
  return undefined;
};

/** VirtualBox says Yes/No, Enabled/Disabled, Up/Down or on/off depending on the list. */
export function yes(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (/^(yes|enabled|up|on|true)$/i.test(value)) return true;
  if (/^(no|disabled|down|off|false)$/i.test(value)) return false;
  return undefined;
}
