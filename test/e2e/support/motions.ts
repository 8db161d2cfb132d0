import type { MotionView, WhipEntryRequest, WhipEntryView } from '@mehrheitsplaner/shared';
import type { Test } from 'supertest';
import { bearer, type TestApp } from './test-app';

export async function createMotion(
  t: TestApp,
  token: string,
  body: Record<string, unknown> = {},
): Promise<MotionView> {
  const response = await t
    .http()
    .post('/api/motions')
    .set(...bearer(token))
    .send({ title: 'Antrag', ...body })
    .expect(201);
  return response.body as MotionView;
}

export function putWhip(
  t: TestApp,
  token: string,
  motionId: number,
  groupKey: string,
  body: Partial<WhipEntryRequest> | Record<string, unknown>,
): Test {
  return t
    .http()
    .put(`/api/motions/${motionId}/whip/${groupKey}`)
    .set(...bearer(token))
    .send(body);
}

/** Enters a whip count (first entries, version 1) and returns the stored entries. */
export async function enterWhipCount(
  t: TestApp,
  token: string,
  motionId: number,
  entries: Record<string, WhipEntryRequest>,
): Promise<WhipEntryView[]> {
  const stored: WhipEntryView[] = [];
  for (const [groupKey, body] of Object.entries(entries)) {
    const response = await putWhip(t, token, motionId, groupKey, body).expect(200);
    stored.push(response.body as WhipEntryView);
  }
  return stored;
}

/** domain.md's worked example: coalition, mayor, Linke and AfD yes; CDU no; the rest abstain. */
export const WORKED_EXAMPLE: Record<string, WhipEntryRequest> = {
  SPD: { stance: 'yes', confidence: 'confirmed' },
  GRUENE: { stance: 'yes', confidence: 'confirmed' },
  MAYOR: { stance: 'yes', confidence: 'confirmed' },
  LINKE: { stance: 'yes', confidence: 'confirmed' },
  CDU: { stance: 'no', confidence: 'confirmed' },
  AfD: { stance: 'yes', confidence: 'confirmed' },
  ...Object.fromEntries(
    ['UWG', 'FDP', 'STADTGESTALTER', 'PARTEI', 'BSW', 'VOLT', 'TIERSCHUTZ'].map((key) => [
      key,
      { stance: 'abstain', confidence: 'confirmed' } as const,
    ]),
  ),
};
