import { LibvirtConnectionError } from '../LibvirtError.js';
import type { DomainEvent } from './DomainEvents.js';

type Waiter = {
  readonly accept: (event: DomainEvent) => boolean;
  readonly resolve: (event: DomainEvent) => void;
  readonly reject: (error: Error) => void;
};

/**
 * The events of one or more registrations, as an async iterator and with `waitFor`. Events are
 * buffered from the moment of registration, so an event that races the caller is not lost.
 * `close()` deregisters from the daemon.
 */
export class DomainEventSubscription implements AsyncIterable<DomainEvent> {
  private readonly buffer: DomainEvent[] = [];
  private readonly waiters = new Set<Waiter>();
  private ended: Error | null = null;

  constructor(
    readonly callbackIds: readonly number[],
    private readonly onClose: () => Promise<void>,
    private readonly maxBuffered = 10_000,
  ) {}

  /** Called by the client for each event of these registrations. */
  push(event: DomainEvent): void {
    if (this.ended) return;
    for (const waiter of this.waiters) {
      if (waiter.accept(event)) {
        this.waiters.delete(waiter);
        waiter.resolve(event);
        return;
      }
    }
    this.buffer.push(event);
    if (this.buffer.length > this.maxBuffered) this.buffer.shift();
  }

  /**
   * The first event (already buffered or still to come) that matches, consumed from the buffer;
   * rejects with a 'timeout' LibvirtConnectionError after `timeoutMs`.
   */
  waitFor(predicate: (event: DomainEvent) => boolean, timeoutMs: number): Promise<DomainEvent> {
    const index = this.buffer.findIndex(predicate);
    if (index >= 0) return Promise.resolve(this.buffer.splice(index, 1)[0]!);
    if (this.ended) return Promise.reject(this.ended);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new LibvirtConnectionError('timeout', `no matching domain event within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter: Waiter = {
        accept: predicate,
        resolve: (event) => {
          clearTimeout(timer);
          resolve(event);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** Events received and not yet consumed. */
  get pending(): readonly DomainEvent[] {
    return this.buffer;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<DomainEvent> {
    for (;;) {
      const next = this.buffer.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.ended) return;
      try {
        yield await this.waitFor(() => true, 2 ** 31 - 1);
      } catch (error) {
        if (this.ended) return;
        throw error;
      }
    }
  }

  /** Ends the subscription (iterators finish, waiters reject) and deregisters it. */
  async close(): Promise<void> {
    if (this.ended) return;
    this.end(new LibvirtConnectionError('closed', 'event subscription closed'));
    await this.onClose();
  }

  /** The connection is gone: no more events will come. */
  end(error: Error): void {
    if (this.ended) return;
    this.ended = error;
    for (const waiter of this.waiters) waiter.reject(error);
    this.waiters.clear();
  }
}
