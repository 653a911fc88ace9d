#!/usr/bin/env node
import { createCliLogger } from '../container/createCliLogger.js';
import { runCli } from './runCli.js';

/**
 * The `cpi` executable: one request on stdin, one JSON object on stdout, logs on stderr,
 * exit status 0 once a response is written (cpi-protocol §1). stdin is read to its end
 * before anything is written: the director writes the whole request before it reads.
 */
async function main(): Promise<void> {
  const logger = createCliLogger();
  let stdin: string;
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    stdin = Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    logger.error(`cannot read the request from stdin: ${(error as Error).message}`);
    stdin = '';
  }
  const response = await runCli({ argv: process.argv.slice(2), stdin, logger });
  // Let the event loop drain the pipe instead of exiting: process.exit() can cut a large
  // response short on a pipe (nodejs/node#6456).
  process.stdout.write(`${JSON.stringify(response)}\n`, (error) => {
    process.exitCode = error ? 1 : 0;
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`cpi: no response could be written: ${String(error)}\n`);
  process.exitCode = 1;
});
