import { DRIVERS } from '../container/drivers.js';
import { cpiInfo } from '../usecases/cpiInfo.js';
import type { CliLogger, CpiResponse } from './runCli.js';
import { configPathFromArgv } from './configPathFromArgv.js';

export interface QuickInfoCall {
  readonly argv: readonly string[];
  readonly stdin: string;
  readonly logger: CliLogger;
  /** Reads cpi.json; throws when it cannot. */
  readonly readFile: (path: string) => string;
}

/**
 * The director calls `info` before nearly every other call, so its cost is mostly the cost of
 * starting the executable. This answers it from the `driver` named in cpi.json, with nothing
 * loaded but this file and the driver table (light by design): no zod, no container, no driver;
 * the answer is built by cpiInfo, as the Info use case builds it. Whenever the
 * request or the config is anything but plain (bad JSON, arguments, an api_version that is not
 * a positive integer, a context that overrides `driver`, an unknown driver) it returns
 * undefined and the full CLI answers, reporting the problem as it always does. What it does not
 * do is validate the rest of cpi.json: a config error shows on the first call that uses it.
 */
export function answerInfoQuickly(call: QuickInfoCall): CpiResponse | undefined {
  const request = parseObject(call.stdin);
  if (!request || request['method'] !== 'info') return undefined;
  if (!Array.isArray(request['arguments']) || request['arguments'].length > 0) return undefined;
  const apiVersion = request['api_version'] ?? 1;
  if (!Number.isInteger(apiVersion) || (apiVersion as number) < 1) return undefined;
  const context = request['context'] ?? {};
  if (!isPlainObject(context) || 'driver' in context) return undefined;

  const configPath = configPathFromArgv(call.argv);
  if (configPath === undefined) return undefined;
  let config: Record<string, unknown> | undefined;
  try {
    config = parseObject(call.readFile(configPath));
  } catch {
    return undefined;
  }
  const driver = config?.['driver'];
  if (typeof driver !== 'string' || !Object.hasOwn(DRIVERS, driver)) return undefined;

  const requestId = context['request_id'];
  if (typeof requestId === 'string') call.logger.tag(requestId);
  call.logger.info(`info called (api_version ${String(apiVersion)})`);
  const result = cpiInfo(DRIVERS[driver as keyof typeof DRIVERS].formats);
  call.logger.info('info succeeded');
  return { result, error: null, log: call.logger.buffered() };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
