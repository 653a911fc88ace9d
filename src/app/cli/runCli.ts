import { DomainError, failure } from '../../domain/errors/DomainError.js';
import type { CpiLogger } from '../library/CpiLogger.js';
import { applyContextOverrides } from '../config/applyContextOverrides.js';
import { parseCpiConfig } from '../config/parseCpiConfig.js';
import { readConfigFile } from '../config/readConfigFile.js';
import { inSeconds } from '../config/renameMillisecondKeys.js';
import { type BoshError, toBoshError } from '../errors/toBoshError.js';
import { MethodRunner } from '../MethodRunner.js';
import { type CpiMethod, isRefused, parseArguments } from '../protocol/CpiMethod.js';
import { CPI_METHODS, isMethodName } from '../protocol/cpiMethods.js';
import { configPathFromArgv } from './configPathFromArgv.js';
import { parseRequest } from './parseRequest.js';

/** The one JSON object a CPI writes to stdout (docs/cpi-protocol.md §3). */
export interface CpiResponse {
  readonly result: unknown;
  readonly error: BoshError | null;
  readonly log: string;
}

/** A logger that also keeps its lines for the response's `log`. */
export interface CliLogger extends CpiLogger {
  buffered(): string;
  /** Prefixes later lines with the director's request id. */
  tag(requestId: string): void;
}

export interface CliRun {
  readonly argv: readonly string[];
  readonly stdin: string;
  readonly logger: CliLogger;
  /**
   * Writes the response as soon as it is known, before the driver's session is closed. A create
   * call unmarks its objects just before it answers (see the libvirt driver's Creations); the
   * closing handshake with the daemon must not sit between the two, where a kill would leave
   * a finished object whose CID the director never read. Without it, the response is returned
   * after the close.
   */
  readonly answer?: (response: CpiResponse) => void;
}

/**
 * One CPI call from request text to response object. Never throws: every failure, from
 * malformed JSON to a hypervisor error, becomes the response's `error`.
 */
export async function runCli(run: CliRun): Promise<CpiResponse> {
  const { logger } = run;
  let runner: MethodRunner | undefined;
  try {
    const request = parseRequest(run.stdin);
    if (request.requestId) logger.tag(request.requestId);
    logger.info(`${request.method} called (api_version ${request.apiVersion})`);
    if (!isMethodName(request.method)) {
      throw failure(
        'not_implemented',
        `unknown method ${JSON.stringify(request.method.slice(0, 100))}; this CPI knows ${Object.keys(CPI_METHODS).join(', ')}`,
      );
    }
    // The arguments are parsed here, once, before the config is read: a malformed call is
    // reported as such whatever the config says.
    const method: CpiMethod = CPI_METHODS[request.method];
    const args = parseArguments(request.method, method, request.arguments);
    const configPath = configPathFromArgv(run.argv);
    if (configPath === undefined)
      throw failure('invalid_config', 'no CPI config given: start the cpi with --config PATH (or -configPath PATH)');
    // The file and the context are each brought to seconds keys before they merge, so that a
    // cpi_config entry still in milliseconds overrides the file's seconds key instead of
    // colliding with it.
    const deprecated = (message: string): void => logger.warn(message);
    const file = inSeconds(readConfigFile(configPath), configPath, deprecated);
    const context = inSeconds(request.context, `${configPath} (request context)`, deprecated) as Record<string, unknown>;
    // Validated once (each parse costs a one-call process milliseconds), reporting problems
    // under the file's name.
    const config = parseCpiConfig(applyContextOverrides(file, context), configPath, deprecated);
    runner = new MethodRunner(config, {
      logger,
      cpiApiVersion: request.apiVersion,
      // No requestId: the CLI's logger is tagged already (above), in its own format.
      ...(request.stemcellApiVersion === undefined ? {} : { stemcellApiVersion: request.stemcellApiVersion }),
    });
    const outcome = await runner.run(method, args); // a refused method throws its reason
    const result = isRefused(method) ? outcome : method.answer(outcome, request.apiVersion);
    logger.info(`${request.method} succeeded`);
    return await respond(run, runner, { result: result ?? null, error: null });
  } catch (caught) {
    const error = toBoshError(caught);
    logger.error(`${error.type}: ${error.message}`);
    // An error that is not a DomainError is a bug: its stack belongs in the log.
    if (!DomainError.is(caught) && caught instanceof Error && caught.stack) logger.error(caught.stack);
    return respond(run, runner, { result: null, error });
  }
}

/** Answers first when the caller can take the answer early, then closes the session. */
async function respond(run: CliRun, runner: MethodRunner | undefined, outcome: Omit<CpiResponse, 'log'>): Promise<CpiResponse> {
  if (!run.answer) return { ...outcome, log: await closeAndCollect(runner, run.logger) };
  const response = { ...outcome, log: run.logger.buffered() };
  run.answer(response);
  await closeAndCollect(runner, run.logger);
  return response;
}

async function closeAndCollect(runner: MethodRunner | undefined, logger: CliLogger): Promise<string> {
  try {
    await runner?.close();
  } catch (error) {
    logger.warn(`closing the driver session failed: ${(error as Error).message}`);
  }
  return logger.buffered();
}
