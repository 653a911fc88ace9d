export interface MachineReadableDialect {
  /**
   * VirtualBox before 7.0 printed some values as they are, without escaping (VBoxManageInfo.cpp,
   * showVMInfo: a plain `RTPrintf("\"%ls-%d-%d\"=\"%ls\"\n", …)` for the storage slots, and
   * `%ls` for controller names and NIC attachments), while other values went through
   * outputMachineReadableString, which escapes `"` and `\`. 7.0 sends every value through it.
   * So a 6.1 Windows path reads `"SATA-0-0"="C:\VMs\x.vdi"` but `CfgFile="C:\\VMs\\x.vbox"`.
   */
  readonly rawLegacyValues: boolean;
}

export const ESCAPED_EVERYWHERE: MachineReadableDialect = { rawLegacyValues: false };

/** Keys whose value VirtualBox 6.x printed unescaped (besides the quoted storage-slot keys). */
const LEGACY_RAW_KEY = /^(storagecontrollername|bridgeadapter|hostonlyadapter|intnet|nat-network|natnet)\d+$/;

/**
 * Reads `showvminfo --machinereadable` into key → value. The format is looser than its name:
 * - `key="string"` with `\"` and `\\` escapes, and a quoted string may run over several lines;
 * - in 6.x, storage slots, controller names and NIC attachments printed raw (see the dialect):
 *   such a value runs to the last `"` of its line, backslashes and quotes included;
 * - `key=123` unquoted numbers and `vrdeproperty[…]=<not set>`;
 * - `"quoted key"="value"` for keys holding `-` or spaces (storage slots);
 * - keys with spaces and no quotes (`BIOS NVRAM File="…"` in 6.1 and 7.0);
 * - lines that are not key/value at all (`Encryption:     disabled` in 7.0, ` rec_screen0` in
 *   7.x's recording block). They are skipped, never fatal: the Go CPI and other tools broke on
 *   exactly these.
 */
export function parseMachineReadable(output: string, dialect: MachineReadableDialect = ESCAPED_EVERYWHERE): Map<string, string> {
  const values = new Map<string, string>();
  const lines = output.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let key: string;
    let rest: string;
    let quotedKey = false;
    if (line.startsWith('"')) {
      const quoted = dialect.rawLegacyValues ? readRawKey(line) : readQuoted(line, 0);
      if (!quoted || line[quoted.end] !== '=') continue;
      key = quoted.value;
      rest = line.slice(quoted.end + 1);
      quotedKey = true;
    } else {
      const eq = line.indexOf('=');
      if (eq <= 0 || /^\s/.test(line)) continue;
      key = line.slice(0, eq);
      rest = line.slice(eq + 1);
    }
    if (!rest.startsWith('"')) {
      values.set(key, rest.trimEnd());
      continue;
    }
    if (dialect.rawLegacyValues && (quotedKey || LEGACY_RAW_KEY.test(key))) {
      const body = rest.trimEnd();
      if (body.length >= 2 && body.endsWith('"')) values.set(key, body.slice(1, -1));
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

/** A 6.x quoted key is printed raw too: it ends at the `"=` before the value's opening quote. */
function readRawKey(line: string): { value: string; end: number } | undefined {
  const close = line.indexOf('"="', 1);
  return close < 0 ? undefined : { value: line.slice(1, close), end: close + 1 };
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
