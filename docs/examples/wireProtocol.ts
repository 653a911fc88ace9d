import { runCli, StderrLogger } from '../../src/index.js';

/**
 * The `cpi` executable's work without the process: one request as the director writes it, one
 * response object as the director reads it. Useful to test a config or a request by hand.
 */
export async function wireProtocol(configPath: string) {
  const request = { method: 'info', arguments: [], context: { director_uuid: 'demo', request_id: 'cpi-000001' }, api_version: 2 };
  return runCli({
    argv: ['--config', configPath],
    stdin: JSON.stringify(request),
    logger: new StderrLogger({ write: null }), // keep the log for the response only
  });
}
