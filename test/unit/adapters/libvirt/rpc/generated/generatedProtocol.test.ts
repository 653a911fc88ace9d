import { describe, expect, it } from 'vitest';
import { RemoteProcedures } from '../../../../../../src/adapters/libvirt/rpc/generated/RemoteProcedures.js';
import {
  REMOTE_PROCEDURE_COUNT,
  RemoteProcedure,
  remoteProcedures,
  remoteTypes,
} from '../../../../../../src/adapters/libvirt/rpc/generated/remoteProtocol.js';
import { referencedTypes } from '../../../../../../scripts/xdrgen/emitTypescript.js';

const entries = Object.entries(remoteProcedures);

describe('the generated libvirt 9.0 protocol table', () => {
  it('lists every member of the remote_procedure enum once', () => {
    const members = Object.keys(RemoteProcedure);
    expect(entries.length).toBe(members.length);
    expect(REMOTE_PROCEDURE_COUNT).toBe(members.length);
    // libvirt 9.0 defines procedures 1..443 without gaps.
    expect(members.length).toBe(443);
    for (const [name, info] of entries) {
      expect((RemoteProcedure as Record<string, number>)[`REMOTE_PROC_${name}`]).toBe(info.number);
    }
  });

  it('gives every procedure a unique number', () => {
    const numbers = entries.map(([, info]) => info.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('names only defined types, and every type names only defined types', () => {
    for (const [name, info] of entries) {
      for (const type of [info.args, info.ret, info.message]) {
        if (type !== null) expect(remoteTypes[type], `${name} -> ${type}`).toBeDefined();
      }
    }
    for (const [name, type] of Object.entries(remoteTypes)) {
      for (const ref of referencedTypes(type)) expect(remoteTypes[ref], `${name} -> ${ref}`).toBeDefined();
    }
  });

  it('knows the procedures of the prototype by their numbers and shapes', () => {
    expect(remoteProcedures.CONNECT_OPEN).toMatchObject({ number: 1, args: 'remote_connect_open_args', ret: null });
    expect(remoteProcedures.AUTH_LIST.number).toBe(66);
    expect(remoteProcedures.CONNECT_LIST_ALL_DOMAINS.number).toBe(273);
    expect(remoteProcedures.DOMAIN_EVENT_CALLBACK_LIFECYCLE).toMatchObject({
      number: 318,
      message: 'remote_domain_event_callback_lifecycle_msg',
    });
    expect(remoteProcedures.STORAGE_VOL_UPLOAD.stream).toBe('write');
    expect(remoteProcedures.STORAGE_VOL_DOWNLOAD.stream).toBe('read');
  });

  it('has a typed method for every procedure that is not an event message', () => {
    const methods = Object.getOwnPropertyNames(RemoteProcedures.prototype).filter((m) => m !== 'constructor');
    const callable = entries.filter(([, info]) => info.message === null);
    expect(methods.length).toBe(callable.length);
    expect(methods).toContain('domainLookupByName');
    expect(methods).toContain('connectDomainEventCallbackRegisterAny');
  });

  it('routes each method to its procedure', async () => {
    const seen: string[] = [];
    const invoker = {
      call: async (name: string) => {
        seen.push(name);
        return undefined;
      },
      callWithStream: async (name: string) => {
        seen.push(`stream:${name}`);
        return { ret: undefined, stream: undefined };
      },
    };
    const procedures = new RemoteProcedures(invoker as never);
    await procedures.connectGetHostname();
    await procedures.storageVolUpload({} as never);
    expect(seen).toEqual(['CONNECT_GET_HOSTNAME', 'stream:STORAGE_VOL_UPLOAD']);
  });
});
