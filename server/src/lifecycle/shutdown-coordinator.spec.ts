import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ShutdownCoordinator } from './shutdown-coordinator';

class FakeResponse extends EventEmitter {
  headersSent = false;
  readonly headers = new Map<string, string>();
  setHeader(name: string, value: string): void {
    this.headers.set(name, value);
  }
}

function arrive(coordinator: ShutdownCoordinator): FakeResponse {
  const response = new FakeResponse();
  const next = jest.fn();
  coordinator.track({} as IncomingMessage, response as unknown as ServerResponse, next);
  expect(next).toHaveBeenCalledTimes(1);
  return response;
}

describe('ShutdownCoordinator', () => {
  it('should resolve drained only after every tracked response finished or closed', async () => {
    const coordinator = new ShutdownCoordinator();
    const first = arrive(coordinator);
    const second = arrive(coordinator);
    let drained: boolean | undefined;
    const waiting = coordinator.drained(60_000).then((result) => (drained = result));

    first.emit('finish');
    first.emit('close');
    await Promise.resolve();
    expect(drained).toBeUndefined();
    expect(coordinator.requestsInFlight).toBe(1);
    second.emit('close');
    await waiting;

    expect(drained).toBe(true);
    expect(coordinator.requestsInFlight).toBe(0);
  });

  it('should resolve false when requests are still running at the timeout', async () => {
    jest.useFakeTimers();
    try {
      const coordinator = new ShutdownCoordinator();
      arrive(coordinator);
      const waiting = coordinator.drained(1000);
      jest.advanceTimersByTime(1000);
      await expect(waiting).resolves.toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });

  it('should close the connection of every answer not yet sent once shutdown begins', () => {
    const coordinator = new ShutdownCoordinator();
    const pending = arrive(coordinator);
    const sent = arrive(coordinator);
    sent.headersSent = true;
    expect(coordinator.isShuttingDown).toBe(false);

    coordinator.begin();
    const later = arrive(coordinator);

    expect(coordinator.isShuttingDown).toBe(true);
    expect(pending.headers.get('Connection')).toBe('close');
    expect(sent.headers.has('Connection')).toBe(false);
    expect(later.headers.get('Connection')).toBe('close');
  });
});
