/**
 * VBoxManage's Linux wrapper prints warnings on stdout, before the real output, with exit 0:
 * the 7.0.16+ `WARNING: Environment variable LOGNAME or USER …` line and the multi-line
 * kernel-module warnings whose continuation lines are indented or blank. Parsers must never
 * see them (the Go CPI panicked on both), so they are cut off here, and only at the start:
 * blank lines further down separate the blocks of `list` outputs.
 */
export function stripWarnings(stdout: string): { output: string; warnings: string[] } {
  const lines = stdout.replace(/\r\n/g, '\n').split('\n');
  const warnings: string[] = [];
  let i = 0;
  while (i < lines.length && lines[i]!.startsWith('WARNING:')) {
    const block = [lines[i]!];
    i++;
    while (i < lines.length && (lines[i] === '' || /^\s/.test(lines[i]!))) {
      block.push(lines[i]!);
      i++;
    }
    warnings.push(block.join('\n').trimEnd());
  }
  return { output: lines.slice(i).join('\n'), warnings };
}
