import type { NextFunction, Request, Response } from 'express';
import { requestIdOf, requestIds } from './request-id';

function run(trustProxy: boolean, forwarded?: string): { id?: string; header?: string } {
  const request = { headers: forwarded ? { 'x-request-id': forwarded } : {} } as Request;
  let header: string | undefined;
  const response = { setHeader: (_name: string, value: string) => (header = value) };
  const next: NextFunction = () => undefined;
  requestIds(trustProxy)(request, response as unknown as Response, next);
  return { id: requestIdOf(request), header };
}

describe('requestIds', () => {
  it('should give each request its own id and answer it as X-Request-Id', () => {
    const first = run(false);
    const second = run(false);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.header).toBe(first.id);
    expect(second.id).not.toBe(first.id);
  });

  it("should keep a trusted proxy's id and ignore a client's", () => {
    expect(run(true, 'nginx-0123456789abcdef').id).toBe('nginx-0123456789abcdef');
    expect(run(false, 'nginx-0123456789abcdef').id).not.toBe('nginx-0123456789abcdef');
  });

  it('should refuse a forwarded id that could forge or break a log line', () => {
    for (const hostile of ['short', 'a b c d e f g h', 'id\n{"level":60}', 'x'.repeat(200)]) {
      expect(run(true, hostile).id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
