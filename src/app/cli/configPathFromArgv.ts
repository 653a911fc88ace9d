/** Flags that name the config file: ours, and the Go CPIs' `-configPath` that bin/cpi templates use. */
const CONFIG_FLAGS = ['--config', '-config', '--configPath', '-configPath', '--config-path'];

/**
 * The config path from the command line: `--config PATH`, `-configPath PATH` (also with `=`),
 * or the first positional argument as Ruby CPIs take it. Undefined when none is given.
 */
export function configPathFromArgv(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (CONFIG_FLAGS.includes(argument)) return argv[index + 1];
    const flag = CONFIG_FLAGS.find((name) => argument.startsWith(`${name}=`));
    if (flag) return argument.slice(flag.length + 1);
    if (!argument.startsWith('-')) return argument;
  }
  return undefined;
}
