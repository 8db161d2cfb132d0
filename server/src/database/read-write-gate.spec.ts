import { ReadWriteGate } from './read-write-gate';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('ReadWriteGate', () => {
  it('should let readers share the gate while no writer holds it', async () => {
    const gate = new ReadWriteGate();
    const release = deferred();
    let running = 0;
    let most = 0;
    const read = () =>
      gate.shared(async () => {
        running += 1;
        most = Math.max(most, running);
        await release.promise;
        running -= 1;
      });
    const reads = [read(), read(), read()];
    await new Promise((done) => setImmediate(done));
    release.resolve();
    await Promise.all(reads);
    expect(most).toBe(3);
  });

  it('should run a writer alone: after the readers before it, before the readers after it', async () => {
    const gate = new ReadWriteGate();
    const events: string[] = [];
    const firstRead = deferred();
    const before = gate.shared(async () => {
      events.push('read-1 start');
      await firstRead.promise;
      events.push('read-1 end');
    });
    const write = gate.exclusive(async () => {
      events.push('write start');
      await new Promise((done) => setImmediate(done));
      events.push('write end');
    });
    const after = gate.shared(() => {
      events.push('read-2');
      return Promise.resolve();
    });
    await new Promise((done) => setImmediate(done));
    expect(events).toEqual(['read-1 start']);
    firstRead.resolve();
    await Promise.all([before, write, after]);
    expect(events).toEqual(['read-1 start', 'read-1 end', 'write start', 'write end', 'read-2']);
  });

  it('should release the gate when the work throws', async () => {
    const gate = new ReadWriteGate();
    await expect(gate.exclusive(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.shared(() => Promise.resolve('ok'))).resolves.toBe('ok');
    await expect(gate.exclusive(() => Promise.resolve('again'))).resolves.toBe('again');
  });

  it('should never run two writers at once', async () => {
    const gate = new ReadWriteGate();
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 3 === 0 ? gate.shared.bind(gate) : gate.exclusive.bind(gate))(async () => {
          inside += i % 3 === 0 ? 0 : 1;
          most = Math.max(most, inside);
          await new Promise((done) => setImmediate(done));
          inside -= i % 3 === 0 ? 0 : 1;
        }),
      ),
    );
    expect(most).toBe(1);
  });
});
