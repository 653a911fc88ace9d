import type { RpcEventMessage } from '../RpcConnection.js';
import type { RemoteNonnullDomain } from '../generated/remoteProtocol.js';
import { DomainEventId } from './constants.js';

/** The domain events this API decodes into typed objects. */
export type DomainEventKind = 'lifecycle' | 'reboot' | 'deviceAdded' | 'deviceRemoved' | 'deviceRemovalFailed';

export const DOMAIN_EVENT_IDS: Readonly<Record<DomainEventKind, number>> = {
  lifecycle: DomainEventId.LIFECYCLE,
  reboot: DomainEventId.REBOOT,
  deviceAdded: DomainEventId.DEVICE_ADDED,
  deviceRemoved: DomainEventId.DEVICE_REMOVED,
  deviceRemovalFailed: DomainEventId.DEVICE_REMOVAL_FAILED,
};

interface EventBase {
  /** The registration this event belongs to. */
  readonly callbackId: number;
  readonly domainName: string;
  readonly domain: RemoteNonnullDomain;
}

export interface DomainLifecycleEvent extends EventBase {
  readonly kind: 'lifecycle';
  /** virDomainEventType (see DomainLifecycleEventType) */
  readonly event: number;
  /** The event's detail code (e.g. STOPPED_DESTROYED = 1). */
  readonly detail: number;
}

export interface DomainRebootEvent extends EventBase {
  readonly kind: 'reboot';
}

export interface DomainDeviceEvent extends EventBase {
  readonly kind: 'deviceAdded' | 'deviceRemoved' | 'deviceRemovalFailed';
  /** The device alias, e.g. scsi0-0-0-1 or ua-<name> for user aliases. */
  readonly devAlias: string;
}

export type DomainEvent = DomainLifecycleEvent | DomainRebootEvent | DomainDeviceEvent;

/** Turns a pushed event message into a typed domain event; undefined for other messages. */
export function toDomainEvent(message: RpcEventMessage): DomainEvent | undefined {
  switch (message.procedure) {
    case 'DOMAIN_EVENT_CALLBACK_LIFECYCLE': {
      const body = message.body as RpcEventMessage<'DOMAIN_EVENT_CALLBACK_LIFECYCLE'>['body'];
      return {
        kind: 'lifecycle',
        callbackId: body.callbackID,
        domainName: body.msg.dom.name,
        domain: body.msg.dom,
        event: body.msg.event,
        detail: body.msg.detail,
      };
    }
    case 'DOMAIN_EVENT_CALLBACK_REBOOT': {
      const body = message.body as RpcEventMessage<'DOMAIN_EVENT_CALLBACK_REBOOT'>['body'];
      return { kind: 'reboot', callbackId: body.callbackID, domainName: body.msg.dom.name, domain: body.msg.dom };
    }
    case 'DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED': {
      const body = message.body as RpcEventMessage<'DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED'>['body'];
      return {
        kind: 'deviceRemoved',
        callbackId: body.callbackID,
        domainName: body.msg.dom.name,
        domain: body.msg.dom,
        devAlias: body.msg.devAlias,
      };
    }
    case 'DOMAIN_EVENT_CALLBACK_DEVICE_ADDED':
    case 'DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED': {
      const body = message.body as RpcEventMessage<'DOMAIN_EVENT_CALLBACK_DEVICE_ADDED'>['body'];
      return {
        kind: message.procedure === 'DOMAIN_EVENT_CALLBACK_DEVICE_ADDED' ? 'deviceAdded' : 'deviceRemovalFailed',
        callbackId: body.callbackID,
        domainName: body.dom.name,
        domain: body.dom,
        devAlias: body.devAlias,
      };
    }
    default:
      return undefined;
  }
}
