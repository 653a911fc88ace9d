#!/usr/bin/env node
import { fstatSync, readFileSync, writeSync } from 'node:fs';
import { createCliLogger } from '../container/createCliLogger.js';
import { answerInfoQuickly } from './answerInfoQuickly.js';
import { cpiVersion } from './cpiVersion.js';
import { usageText } from './usageText.js';

/**
 * The `cpi` executable: one request on stdin, one JSON object on stdout, logs on stderr,
 * exit status 0 once a response is written (docs/cpi-protocol.md §1). stdin is read to its end
 * before anything is written: the director writes the whole request before it reads.
 *
 * `cpi doctor [--config PATH]` checks the host instead (src/app/doctor); `--help` and
 * `--version` say what they say. A terminal on stdin gets the usage rather than a silent wait
 * for a request nobody is going to type. `cpi cleanup --config PATH` removes what killed calls
 * left behind (runCleanupCommand).
 *
 * Only what `info` needs is imported up front (answerInfoQuickly); the CLI proper and the
 * doctor are imported when a call needs them, and the single-file bundle keeps them in a part
 * it compiles only then (scripts/bundle.mjs).
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'doctor') {
    const { runDoctorCommand } = await import('../doctor/runDoctorCommand.js');
    const outcome = await runDoctorCommand({ argv: argv.slice(1), write: (text) => writeAll(1, text) });
    process.exitCode = outcome.exitCode;
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    writeAll(1, usageText(cpiVersion()));
    return;
  }
  if (argv.includes('--version')) {
    writeAll(1, `${cpiVersion()}\n`);
    return;
  }
  if (stdinIsTerminal()) {
    writeAll(2, `cpi reads one JSON request on stdin, and stdin is a terminal.\n\n${usageText(cpiVersion())}`);
    process.exitCode = 2;
    return;
  }
  const logger = createCliLogger((line) => writeAll(2, `${line}\n`));
  if (argv[0] === 'cleanup') {
    const { runCleanupCommand } = await import('./runCleanupCommand.js');
    process.exitCode = await runCleanupCommand({ argv: argv.slice(1), write: (text) => writeAll(1, text), logger });
    return;
  }
  let stdin: string;
  try {
    stdin = await readStdin();
  } catch (error) {
    logger.error(`cannot read the request from stdin: ${(error as Error).message}`);
    stdin = '';
  }
  const quick = answerInfoQuickly({ argv, stdin, logger, readFile: (path) => readFileSync(path, 'utf8') });
  if (quick) {
    writeAll(1, `${JSON.stringify(quick)}\n`);
    return;
  }
  const { runCli } = await import('./runCli.js');
  await runCli({ argv, stdin, logger, answer: (response) => writeAll(1, `${JSON.stringify(response)}\n`) });
}

/**
 * Whether stdin is a terminal. The director gives a pipe, which fstat tells apart at once;
 * node:tty (which loads node:net, milliseconds on every call) is asked only about character
 * devices, which a terminal is and /dev/null is too.
 */
function stdinIsTerminal(): boolean {
  try {
    if (!fstatSync(0).isCharacterDevice()) return false;
  } catch {
    return false; // no stdin at all
  }
  // process.getBuiltinModule (Node 20.16 and later) loads it synchronously from ES modules too.
  const tty = process.getBuiltinModule?.('node:tty');
  return tty ? tty.isatty(0) : process.stdin.isTTY === true;
}

/**
 * The request, read to its end. Synchronously where stdin allows it (a pipe or a file: what
 * the director and create-env give), which spares setting up a stream; a non-blocking stdin
 * makes the read fail with EAGAIN, and then the stream reads it.
 */
async function readStdin(): Promise<string> {
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Writes all of `text` before returning, so that the process may end right after: a write to a
 * pipe through process.stdout can still be pending at exit (nodejs/node#6456). A full
 * non-blocking pipe answers EAGAIN, and the write is tried again.
 */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(PAUSE, 0, 0, 5);
        continue;
      }
      if (fd === 2) return; // a closed stderr must not turn a finished call into a failure
      throw error;
    }
  }
}

main()
  .catch((error: unknown) => {
    try {
      writeAll(2, `cpi: no response could be written: ${String(error)}\n`);
    } finally {
      process.exitCode = 1;
    }
  })
  // Ends the process as soon as the command is done: everything it writes is written
  // synchronously, and every call awaits its own work (the driver's session is closed before
  // runCli returns). Left to end by itself, Node first runs the tasks V8 has queued, and one is
  // often a garbage collection of a heap about to be thrown away (a millisecond, on every call).
  // `exit` listeners still run (the launcher writes a missing code cache in one).
  .finally(() => process.exit());
