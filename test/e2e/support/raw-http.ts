import { Agent, request as httpRequest } from 'node:http';
import type { HostileRequest } from './hostile-requests';

type Answer = { status: number; text: string };

/** Sends the bytes as they are (no client re-encodes the path or picks a content type). */
export function sendRaw(
  base: URL,
  agent: Agent,
  req: HostileRequest,
  token: string | null,
): Promise<Answer> {
  const headers: Record<string, string | number> = {};
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (req.contentType !== null) headers['Content-Type'] = req.contentType;
  const body = req.body === null ? null : Buffer.from(req.body, 'utf8');
  if (body) headers['Content-Length'] = body.length;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: base.hostname, port: base.port, method: req.method, path: req.path, headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body ?? undefined);
  });
}

export function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Runs the tasks, `limit` at a time. */
export async function pooled<T>(
  items: T[],
  limit: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
