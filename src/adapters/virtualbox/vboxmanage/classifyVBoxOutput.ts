/**
 * What a failed (or error-printing) VBoxManage call means for the driver:
 * - `not_found`: the machine, medium, network or snapshot does not exist;
 * - `retryable`: a session lock or a not-ready object that goes away on its own;
 * - `conflict`: the object exists already, or is still in use;
 * - `fatal`: anything else. Only `retryable` is ever retried.
 * The table matches the English message texts (VirtualBox does not translate VBoxManage's
 * COM errors) and, where a message varies, the error code in the `Details:` line.
 */
export type VBoxFailureClass = 'not_found' | 'retryable' | 'conflict' | 'fatal';

const TABLE: readonly (readonly [VBoxFailureClass, RegExp])[] = [
  ['retryable', /is already locked (for|by) a session/],
  ['retryable', /Cannot unregister the machine .* while it is locked/],
  ['retryable', /The object is not ready/],
  ['retryable', /The object functionality is limited/],
  ['not_found', /Could not find a registered machine/],
  ['not_found', /Could not find file for the medium/],
  ['not_found', /Could not find a snapshot named/],
  ['not_found', /Could not find a controller named/],
  ['not_found', /NATNetwork server does not exist/],
  ['not_found', /host network interface with the given name could not be found/],
  ['not_found', /VBOX_E_OBJECT_NOT_FOUND/],
  ['conflict', /already exists/],
  ['conflict', /VBOX_E_OBJECT_IN_USE/],
  ['conflict', /is still attached to/],
];

/** `VBoxManage: error:` (or `VBoxManage.exe: error:`) anywhere in the output, or vboxnetctl trouble. */
const ERROR_TEXT = /^VBoxManage(\.exe)?: error: |failed to open \/dev\/vboxnetctl/m;

export function printsError(text: string): boolean {
  return ERROR_TEXT.test(text);
}

export function classifyVBoxOutput(text: string): VBoxFailureClass {
  for (const [kind, pattern] of TABLE) if (pattern.test(text)) return kind;
  return 'fatal';
}

/** The error lines without the build-specific `Context:` line, for messages. */
export function errorSummary(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^VBoxManage(\.exe)?: error: /.test(l) && !/error: Context: /.test(l))
    .map((l) => l.replace(/^VBoxManage(\.exe)?: error: /, ''));
  return lines.length > 0 ? lines.join('; ') : text.trim().split('\n').slice(-3).join('; ');
}
