/** `getextradata <target> <key>`: `Value: <value>`, or `No value set!` (both exit 0). */
export function parseExtraDataValue(output: string): string | undefined {
  const line = output.split('\n').find((l) => l.startsWith('Value: ') || l.startsWith('No value set!'));
  return line?.startsWith('Value: ') ? line.slice('Value: '.length) : undefined;
}

/** `getextradata <target> enumerate`: `Key: <key>, Value: <value>` per line. */
export function parseExtraDataEnumeration(output: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of output.split('\n')) {
    const match = /^Key: (.*?), Value: (.*)$/.exec(line);
    if (match) entries.set(match[1]!, match[2]!);
  }
  return entries;
}
