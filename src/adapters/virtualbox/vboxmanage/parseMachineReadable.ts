/**
 * Reads `showvminfo --machinereadable` into key → value. The format is looser than its name:
 * - `key="string"` with `\"` and `\\` escapes, and a quoted string may run over several lines;
 * - `key=123` unquoted numbers and `vrdeproperty[…]=<not set>`;
 * - `"quoted key"="value"` for keys holding `-` or spaces (storage slots);
 * - keys with spaces and no quotes (`BIOS NVRAM File="…"` in 6.1 and 7.0);
 * - lines that are not key/value at all (`Encryption:     disabled` in 7.0). They are skipped,
 *   never fatal: the Go CPI and other tools broke on exactly these.
 */
export function parseMachineReadable(output: string): Map<string, string> {
  const values = new Map<string, string>();
  const lines = output.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let key: string;
    let rest: string;
    if (line.startsWith('"')) {
      const quoted = readQuoted(line, 0);
      if (!quoted || line[quoted.end] !== '=') continue;
      key = quoted.value;
      rest = line.slice(quoted.end + 1);
    } else {
      const eq = line.indexOf('=');
      if (eq <= 0) continue;
      key = line.slice(0, eq);
      rest = line.slice(eq + 1);
    }
    if (!rest.startsWith('"')) {
      values.set(key, rest);
      continue;
    }
    // A quoted value may hold newlines (a multi-line description): join lines until it closes.
    let text = rest;
    let quoted = readQuoted(text, 0);
    while (!quoted && i + 1 < lines.length) {
      i++;
      text += `\n${lines[i]}`;
      quoted = readQuoted(text, 0);
    }
    if (quoted) values.set(key, quoted.value);
  }
  return values;
}

function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i++;
    } else if (c === '"') {
      return { value, end: i + 1 };
    } else {
      value += c;
    }
  }
  return undefined;
}
