/**
 * Quotes one argument for a POSIX shell. ssh joins its command arguments with spaces and hands
 * the line to the remote user's shell, so every argument must reach it quoted: inside single
 * quotes nothing is special, and a single quote itself is written as '\''.
 */
export function shellQuote(arg: string): string {
  if (arg.includes('\0')) throw new Error('an argument cannot contain a NUL byte');
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function shellCommand(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}
