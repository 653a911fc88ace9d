import { Readable, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LibvirtClient,
  LibvirtConnectionError,
  LibvirtError,
  isNoDomain,
  isNoStorageVol,
  isRetryable,
} from '../../../../../src/adapters/libvirt/rpc/index.js';
import { MessageStatus, MessageType, type Packet } from '../../../../../src/adapters/libvirt/rpc/Packet.js';
import { FakeDaemon, codec, handshake, type FakePeer } from './fakeDaemon.js';

const dom = (name: string) => ({ name, uuid: Buffer.alloc(16, name.length), id: -1 });
const vol = { pool: 'p', name: 'v', key: '/p/v' };
let daemon: FakeDaemon | undefined;
let client: LibvirtClient | undefined;

afterEach(async () => {
  client?.connection.destroy();
  client = undefined;
  await daemon?.stop();
  daemon = undefined;
});

async function connect(responder: (packet: Packet, peer: FakePeer) => void, options = {}): Promise<LibvirtClient> {
  daemon = await FakeDaemon.start(handshake(responder));
  client = await LibvirtClient.connect(`qemu+unix:///system?socket=${daemon.path}`, options);
  return client;
}

function args(packet: Packet, type: string): any {
  return codec.decodeAll(type, packet.payload);
}

describe('RpcConnection and LibvirtClient against a fake daemon', () => {
  it('opens with AUTH_LIST then CONNECT_OPEN of the URI without its transport', async () => {
    await connect(() => undefined);
    const calls = daemon!.peers[0]!.received;
    expect(calls.map((p) => p.header.procedure)).toEqual([66, 1]);
    expect(args(calls[1]!, 'remote_connect_open_args')).toEqual({ name: 'qemu:///system', flags: 0 });
    expect(calls.map((p) => p.header.serial)).toEqual([1, 2]);
  });

  it('matches concurrent calls to replies that come back in any order', async () => {
    const held: Array<[Packet, FakePeer]> = [];
    const c = await connect((packet, peer) => {
      held.push([packet, peer]);
      if (held.length === 5) {
        for (const [p, q] of held.reverse()) {
          q.reply(p, 'remote_domain_lookup_by_name_ret', { dom: dom(args(p, 'remote_domain_lookup_by_name_args').name) });
        }
      }
    });
    const names = ['a', 'bb', 'ccc', 'dddd', 'eeeee'];
    const domains = await Promise.all(names.map((n) => c.lookupDomainByName(n)));
    expect(domains.map((d) => d.name)).toEqual(names);
    expect(c.connection.pendingCalls).toBe(0);
  });

  it('turns error replies into LibvirtError with the code, domain and level', async () => {
    const c = await connect((packet, peer) => {
      if (packet.header.procedure === 23) peer.replyError(packet, 42, "Domain not found: no domain with matching name 'x'");
      else peer.replyError(packet, 50, 'Storage volume not found', 18);
    });
    const error = await c.lookupDomainByName('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtError);
    expect(error).toMatchObject({ code: 42, domain: 10, level: 2, procedure: 'DOMAIN_LOOKUP_BY_NAME', str1: 'fmt' });
    expect(isNoDomain(error)).toBe(true);
    expect(isNoStorageVol(error)).toBe(false);
    expect(isRetryable(error)).toBe(false);
    const volError = await c.lookupStorageVolumeByPath('/nope').catch((e: unknown) => e);
    expect(isNoStorageVol(volError)).toBe(true);
    expect(isNoDomain(volError)).toBe(false);
  });

  it('times out a call without an answer, drops the late reply, and stays usable', async () => {
    let first: [Packet, FakePeer] | undefined;
    const c = await connect((packet, peer) => {
      if (!first) first = [packet, peer];
      else peer.reply(packet, 'remote_connect_get_hostname_ret', { hostname: 'h' });
    });
    const error = await c.procedures.connectGetHostname({ timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtConnectionError);
    expect(error).toMatchObject({ failure: 'timeout', retryable: true });
    first![1].reply(first![0], 'remote_connect_get_hostname_ret', { hostname: 'late' });
    expect(await c.getHostname()).toBe('h');
  });

  it('rejects every pending call with a retryable error when the connection is lost', async () => {
    let count = 0;
    const c = await connect((_packet, peer) => {
      if (++count === 3) peer.socket.destroy();
    });
    const closed = new Promise((resolve) => c.once('close', resolve));
    const results = await Promise.allSettled([c.getHostname(), c.getUri(), c.getCapabilities()]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const reason = (result as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(LibvirtConnectionError);
      expect(reason).toMatchObject({ failure: 'connection-lost', retryable: true });
    }
    expect(await closed).toBeInstanceOf(LibvirtConnectionError);
    await expect(c.getHostname()).rejects.toMatchObject({ failure: 'connection-lost' });
  });

  it('answers the daemon keepalive PING with a PONG', async () => {
    await connect(() => undefined);
    const peer = daemon!.peers[0]!;
    peer.send({ program: 0x6b656570, version: 1, procedure: 1, type: MessageType.MESSAGE, serial: 0, status: 0 });
    await waitUntil(() => peer.received.some((p) => p.header.program === 0x6b656570));
    const pong = peer.received.find((p) => p.header.program === 0x6b656570)!;
    expect(pong.header).toMatchObject({ procedure: 2, type: MessageType.MESSAGE });
  });

  it('drops the connection when its own keepalive PINGs go unanswered', async () => {
    const c = await connect(() => undefined, { keepaliveIntervalMs: 20, keepaliveCount: 2 });
    const error = await new Promise((resolve) => c.once('close', resolve));
    expect(error).toMatchObject({ failure: 'connection-lost' });
  });

  it('delivers lifecycle and device-removed events to subscriptions, typed', async () => {
    let nextId = 7;
    const c = await connect((packet, peer) => {
      if (packet.header.procedure === 316)
        peer.reply(packet, 'remote_connect_domain_event_callback_register_any_ret', { callbackID: nextId++ });
      else peer.reply(packet, null);
    });
    const subscription = await c.subscribeDomainEvents(['lifecycle', 'deviceRemoved']);
    expect(subscription.callbackIds).toEqual([7, 8]);
    const peer = daemon!.peers[0]!;
    const message = (procedure: number, type: string, body: unknown) =>
      peer.send(
        { program: 0x20008086, version: 1, procedure, type: MessageType.MESSAGE, serial: 0, status: 0 },
        Buffer.from(codec.encode(type, body).bytes()),
      );
    message(318, 'remote_domain_event_callback_lifecycle_msg', { callbackID: 7, msg: { dom: dom('vm'), event: 2, detail: 0 } });
    message(333, 'remote_domain_event_callback_device_removed_msg', { callbackID: 8, msg: { dom: dom('vm'), devAlias: 'scsi0-0-0-1' } });
    const removed = await subscription.waitFor((e) => e.kind === 'deviceRemoved', 2000);
    expect(removed).toMatchObject({ kind: 'deviceRemoved', domainName: 'vm', devAlias: 'scsi0-0-0-1', callbackId: 8 });
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ kind: 'lifecycle', event: 2, detail: 0, domainName: 'vm' });
    await subscription.close();
    const deregistered = peer.received
      .filter((p) => p.header.procedure === 317)
      .map((p) => args(p, 'remote_connect_domain_event_callback_deregister_any_args').callbackID);
    expect(deregistered).toEqual([7, 8]);
    expect((await iterator.next()).done).toBe(true);
  });

  it('uploads a stream in bounded packets and finishes after the daemon confirms', async () => {
    const received: Buffer[] = [];
    const c = await connect(
      (packet, peer) => {
        if (packet.header.type === MessageType.CALL) return peer.reply(packet, null);
        if (packet.header.status === MessageStatus.CONTINUE) received.push(Buffer.from(packet.payload));
        else if (packet.header.status === MessageStatus.OK) peer.send(packet.header);
      },
      { streamChunkSize: 1000 },
    );
    const data = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));
    const volume = (await import('../../../../../src/adapters/libvirt/rpc/api/StorageVolume.js')).StorageVolume;
    const sent = await new volume(c.procedures, vol).upload(Readable.from([data.subarray(0, 3333), data.subarray(3333)]));
    expect(sent).toBe(data.length);
    expect(Buffer.concat(received).equals(data)).toBe(true);
    expect(Math.max(...received.map((b) => b.length))).toBeLessThanOrEqual(1000);
    const streamPackets = daemon!.peers[0]!.received.filter((p) => p.header.type === MessageType.STREAM);
    expect(streamPackets.at(-1)!.header.status).toBe(MessageStatus.OK);
    expect(new Set(streamPackets.map((p) => p.header.serial)).size).toBe(1);
  });

  it('uploads a file through a few reused buffers', async () => {
    const received: Buffer[] = [];
    const c = await connect(
      (packet, peer) => {
        if (packet.header.type === MessageType.CALL) return peer.reply(packet, null);
        if (packet.header.status === MessageStatus.CONTINUE) received.push(Buffer.from(packet.payload));
        else if (packet.header.status === MessageStatus.OK) peer.send(packet.header);
      },
      { streamChunkSize: 4096 },
    );
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 't-rpc-upload-'));
    try {
      const data = Buffer.from(Array.from({ length: 100_003 }, (_, i) => (i * 13) % 256));
      writeFileSync(join(dir, 'f'), data);
      const { StorageVolume } = await import('../../../../../src/adapters/libvirt/rpc/api/StorageVolume.js');
      expect(await new StorageVolume(c.procedures, vol).uploadFile(join(dir, 'f'))).toBe(data.length);
      expect(Buffer.concat(received).equals(data)).toBe(true);
      expect(received.length).toBe(Math.ceil(data.length / 4096));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a stream error packet', MessageType.STREAM],
    ['an error reply on the stream serial', MessageType.REPLY],
  ])('fails an upload with the daemon error sent as %s', async (_what, type) => {
    const c = await connect((packet, peer) => {
      if (packet.header.type === MessageType.CALL) return peer.reply(packet, null);
      if (packet.header.status === MessageStatus.CONTINUE) peer.replyError(packet, 38, 'No space left on device', 18, type);
      else peer.send(packet.header);
    });
    const { StorageVolume } = await import('../../../../../src/adapters/libvirt/rpc/api/StorageVolume.js');
    const endless = Readable.from(
      (function* () {
        for (;;) yield Buffer.alloc(4096);
      })(),
    );
    const error = await new StorageVolume(c.procedures, vol).upload(endless).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtError);
    expect(error).toMatchObject({ code: 38, message: 'No space left on device', procedure: 'STORAGE_VOL_UPLOAD' });
  });

  it('downloads into a slow sink, pausing the connection, and finishes the stream', async () => {
    const data = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256));
    const c = await connect((packet, peer) => {
      if (packet.header.type === MessageType.CALL) {
        peer.reply(packet, null);
        const header = { ...packet.header, type: MessageType.STREAM, status: MessageStatus.CONTINUE };
        for (let offset = 0; offset < data.length; offset += 20_000) peer.send(header, data.subarray(offset, offset + 20_000));
        peer.send(header);
      } else if (packet.header.status === MessageStatus.OK) {
        peer.send(packet.header);
      }
    });
    const chunks: Buffer[] = [];
    let paused = 0;
    const socket = (c.connection as unknown as { socket: NodeJS.EventEmitter }).socket;
    socket.on('pause', () => paused++);
    const sink = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        setTimeout(done, 1);
      },
    });
    const { StorageVolume } = await import('../../../../../src/adapters/libvirt/rpc/api/StorageVolume.js');
    const got = await new StorageVolume(c.procedures, vol).download(sink);
    expect(got).toBe(data.length);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
    expect(paused).toBeGreaterThan(0);
    const finish = daemon!.peers[0]!.received.filter((p) => p.header.type === MessageType.STREAM);
    expect(finish.map((p) => p.header.status)).toEqual([MessageStatus.OK]);
  });

  it('uses polkit when that is all the daemon offers, and refuses SASL', async () => {
    daemon = await FakeDaemon.start((packet, peer) => {
      if (packet.header.procedure === 66) peer.reply(packet, 'remote_auth_list_ret', { types: [2] });
      else if (packet.header.procedure === 70) peer.reply(packet, 'remote_auth_polkit_ret', { complete: 1 });
      else peer.reply(packet, null);
    });
    client = await LibvirtClient.connect(`test+unix:///default?socket=${daemon.path}`);
    expect(daemon.peers[0]!.received.map((p) => p.header.procedure)).toEqual([66, 70, 1]);
    client.connection.destroy();
    await daemon.stop();
    daemon = await FakeDaemon.start((packet, peer) => peer.reply(packet, 'remote_auth_list_ret', { types: [1] }));
    await expect(LibvirtClient.connect(`qemu+unix:///system?socket=${daemon.path}`)).rejects.toThrow(/SASL/);
  });

  it('speaks the same protocol over TCP', async () => {
    daemon = await FakeDaemon.start(
      handshake((packet, peer) => peer.reply(packet, 'remote_connect_get_hostname_ret', { hostname: 'over-tcp' })),
      'tcp',
    );
    client = await LibvirtClient.connect(`qemu+tcp://127.0.0.1:${daemon.port}/system`);
    expect(await client.getHostname()).toBe('over-tcp');
    expect(args(daemon.peers[0]!.received[1]!, 'remote_connect_open_args').name).toBe('qemu:///system');
  });

  it('fails to connect to a missing socket with a connect-failed error', async () => {
    const error = await LibvirtClient.connect('qemu+unix:///system?socket=/nonexistent/libvirt-sock').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtConnectionError);
    expect(error).toMatchObject({ failure: 'connect-failed', retryable: true });
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
