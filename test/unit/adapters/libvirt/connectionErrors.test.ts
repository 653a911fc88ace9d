import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { libvirtConfigSchema } from '../../../../src/adapters/libvirt/LibvirtConfig.js';
import { connectRpcLibvirt } from '../../../../src/adapters/libvirt/RpcLibvirtApi.js';
import { DomainError } from '../../../../src/domain/errors/DomainError.js';

/** A loopback port that was free a moment ago: bound, then closed. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function failureOf(uri: string): Promise<DomainError> {
  try {
    await connectRpcLibvirt(libvirtConfigSchema().parse({ uri, timeouts: { connect_s: 5 } }));
  } catch (error) {
    if (DomainError.is(error)) return error;
    throw error;
  }
  throw new Error(`connected to ${uri}`);
}

describe('a connection that fails', () => {
  it('says once, with its cause, that nothing listens on a qemu+tcp host:port', async () => {
    const port = await freePort();
    const uri = `qemu+tcp://127.0.0.1:${port}/system`;
    const error = await failureOf(uri);
    expect(error.kind).toBe('unavailable');
    expect(error.message).toBe(`connecting to ${uri}: nothing is listening on 127.0.0.1:${port} (connection refused)`);
    expect((error.cause as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });

  it('names the socket path that does not exist', async () => {
    const uri = 'qemu:///system?socket=/nonexistent/t-release-libvirt-sock';
    const error = await failureOf(uri);
    expect(error.message).toBe(`connecting to ${uri}: no socket at /nonexistent/t-release-libvirt-sock`);
  });
});
