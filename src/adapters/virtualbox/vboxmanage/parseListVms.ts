export interface VmListEntry {
  readonly name: string;
  readonly uuid: string;
}

/** `list vms`: one `"<name>" {<uuid>}` line per machine; names may contain quotes and spaces. */
export function parseListVms(output: string): VmListEntry[] {
  const entries: VmListEntry[] = [];
  for (const line of output.split('\n')) {
    const match = /^"(.*)" \{([0-9a-fA-F-]{36})\}\s*$/.exec(line);
    if (match) entries.push({ name: match[1]!, uuid: match[2]!.toLowerCase() });
  }
  return entries;
}
