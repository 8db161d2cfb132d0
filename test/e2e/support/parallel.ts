import type { Response, Test } from 'supertest';

export type Outcome = { label: string; status: number; body: unknown };

/** Sends every request at once and collects each answer; a network error fails the test. */
export async function inParallel(requests: Array<[string, Test]>): Promise<Outcome[]> {
  const answers = await Promise.all(
    requests.map(async ([label, request]) => {
      const response: Response = await request;
      return { label, status: response.status, body: response.body as unknown };
    }),
  );
  return answers;
}

export function serverErrors(outcomes: Outcome[]): Outcome[] {
  return outcomes.filter((outcome) => outcome.status >= 500);
}

export function succeeded(outcomes: Outcome[], prefix: string): Outcome[] {
  return outcomes.filter((o) => o.label.startsWith(prefix) && o.status < 300);
}

export function rejected(outcomes: Outcome[], prefix: string): Outcome[] {
  return outcomes.filter((o) => o.label.startsWith(prefix) && o.status >= 400);
}
