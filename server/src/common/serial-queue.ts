/**
 * Runs async jobs one after another. TypeORM's SQLite driver shares one connection between all
 * transactions, so concurrent transactions would interleave; writers that need a transaction
 * queue here instead.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
