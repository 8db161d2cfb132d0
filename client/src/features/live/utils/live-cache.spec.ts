import { describe, expect, it } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';
import type {
  ConsultationView,
  MotionTallyResponse,
  MotionView,
  TallyEvent,
  WhipEntryView,
} from '@mehrheitsplaner/shared';
import { queryKeys } from '../../../api/query-keys';
import { tally as historyTally } from '../../history/utils/__fixtures__/history-factories';
import {
  historyRecord,
  motionView,
  whipEntry,
} from '../../motions/utils/__fixtures__/motion-factories';
import { liveCacheWriter, unlessEventArrived } from './live-cache';

const tally = (yes: number) => historyTally({ yes, passes: yes > 0 });

function setup() {
  const client = new QueryClient();
  const writer = liveCacheWriter(client, () => () => true);
  return { client, writer };
}

const tallyEvent = (yes: number): TallyEvent => ({
  motionId: 1,
  tally: { expected: tally(yes), best: tally(yes), worst: tally(yes) },
  options: [{ groupKeys: ['CDU'], yes: 40, margin: 3 }],
  certainty: { level: 'likely', margin: 2, reliesOnExcluded: false, quorumAtRisk: false },
  cause: { groupKey: 'SPD', version: 2 },
});

describe('liveCacheWriter', () => {
  it('should write a tally event as the tally answer, partner options and certainty included', () => {
    const { client, writer } = setup();
    client.setQueryData(queryKeys.tally(1), { ...tallyEvent(1).tally, options: [] });
    writer.tally(tallyEvent(7));
    const cached = client.getQueryData<MotionTallyResponse>(queryKeys.tally(1));
    expect(cached?.options).toEqual(tallyEvent(7).options);
    expect(cached?.certainty.level).toBe('likely');
    expect(cached?.expected).toEqual(tally(7));
  });

  it("should keep a committee step's events out of the motion's own count and update that step in the path", () => {
    const { client, writer } = setup();
    const ratTally = { ...tallyEvent(1).tally, options: [], certainty: tallyEvent(1).certainty };
    client.setQueryData(queryKeys.tally(1), ratTally);
    client.setQueryData(queryKeys.stepTally(1, 5), ratTally);
    client.setQueryData(queryKeys.whip(1), [whipEntry({ groupKey: 'CDU', version: 1 })]);
    client.setQueryData(queryKeys.stepWhip(1, 5), [whipEntry({ groupKey: 'CDU', version: 1 })]);
    const step = { id: 5, bodyKey: 'UA', certainty: ratTally.certainty, tally: ratTally };
    client.setQueryData(queryKeys.path(1), [step, { ...step, id: 4, bodyKey: 'RAT' }]);
    writer.tally({ ...tallyEvent(9), consultationId: 5, bodyKey: 'UA' });
    writer.whip({
      motionId: 1,
      consultationId: 5,
      bodyKey: 'UA',
      entry: whipEntry({ groupKey: 'CDU', version: 2, stance: 'no' }),
      history: null,
    });
    expect(client.getQueryData(queryKeys.tally(1))).toEqual(ratTally);
    expect(client.getQueryData<WhipEntryView[]>(queryKeys.whip(1))?.[0].version).toBe(1);
    const stepTally = client.getQueryData<MotionTallyResponse>(queryKeys.stepTally(1, 5));
    expect(stepTally?.expected).toEqual(tally(9));
    expect(client.getQueryData<WhipEntryView[]>(queryKeys.stepWhip(1, 5))?.[0].version).toBe(2);
    const path = client.getQueryData<Array<{ id: number; tally: MotionTallyResponse }>>(
      queryKeys.path(1),
    );
    expect(path?.map((s) => s.tally.expected.yes)).toEqual([9, 1]);
  });

  it('should replace a shown path with the one a path event carries, and leave an unshown one alone', () => {
    const { client, writer } = setup();
    const ratTally = { ...tallyEvent(1).tally, options: [], certainty: tallyEvent(1).certainty };
    const step = (id: number, bodyKey: string, position: number) =>
      ({
        id,
        motionId: 1,
        bodyKey,
        position,
        certainty: ratTally.certainty,
        tally: ratTally,
      }) as unknown as ConsultationView;
    client.setQueryData(queryKeys.path(1), [step(5, 'UA', 1), step(4, 'RAT', 2)]);
    writer.path({ motionId: 1, consultations: [step(4, 'RAT', 1)] });
    expect(client.getQueryData<ConsultationView[]>(queryKeys.path(1))?.map((s) => s.id)).toEqual([
      4,
    ]);
    writer.path({ motionId: 2, consultations: [step(9, 'RAT', 1)] });
    expect(client.getQueryData(queryKeys.path(2))).toBeUndefined();
  });

  it('should not create cache entries for data no screen loaded', () => {
    const { client, writer } = setup();
    writer.tally(tallyEvent(7));
    writer.whip({ motionId: 1, entry: whipEntry({ version: 1 }), history: historyRecord() });
    writer.motion({ motion: motionView(1) });
    expect(client.getQueryData(queryKeys.tally(1))).toBeUndefined();
    expect(client.getQueryData(queryKeys.whip(1))).toBeUndefined();
    expect(client.getQueryData(queryKeys.whipHistory(1))).toBeUndefined();
    expect(client.getQueryData(queryKeys.motion(1))).toBeUndefined();
  });

  it('should write a whip event into the entry and put its history row on top', () => {
    const { client, writer } = setup();
    client.setQueryData(queryKeys.whip(1), [whipEntry({ groupKey: 'SPD', version: 1 })]);
    client.setQueryData(queryKeys.whipHistory(1), [historyRecord({ groupKey: 'SPD', version: 1 })]);
    writer.whip({
      motionId: 1,
      entry: whipEntry({ groupKey: 'SPD', version: 2, stance: 'yes' }),
      history: historyRecord({ groupKey: 'SPD', version: 2, stance: 'yes' }),
    });
    const entries = client.getQueryData<WhipEntryView[]>(queryKeys.whip(1));
    expect(entries?.[0]).toMatchObject({ version: 2, stance: 'yes' });
    expect(
      client.getQueryData<{ version: number }[]>(queryKeys.whipHistory(1))?.map((r) => r.version),
    ).toEqual([2, 1]);
  });

  it('should update the motion and its list rows, but never with an older version', () => {
    const { client, writer } = setup();
    client.setQueryData(queryKeys.motion(1), motionView(1, { version: 3 }));
    client.setQueryData(queryKeys.motionList({}), [motionView(1, { version: 3 }), motionView(2)]);
    writer.motion({ motion: motionView(1, { version: 2, title: 'alt' }) });
    expect(client.getQueryData<MotionView>(queryKeys.motion(1))?.version).toBe(3);
    writer.motion({ motion: motionView(1, { version: 4, title: 'neu' }) });
    expect(client.getQueryData<MotionView>(queryKeys.motion(1))?.title).toBe('neu');
    expect(client.getQueryData<MotionView[]>(queryKeys.motionList({}))?.[0].title).toBe('neu');
  });

  it('should write a tally event while the first load is in flight, and keep it', async () => {
    const { client, writer } = setup();
    let answer: (value: MotionTallyResponse) => void = () => undefined;
    const loading = client.fetchQuery({
      queryKey: queryKeys.tally(1),
      queryFn: () =>
        unlessEventArrived(
          client,
          queryKeys.tally(1),
          () => new Promise<MotionTallyResponse>((resolve) => (answer = resolve)),
        ),
    });
    writer.tally(tallyEvent(7));
    answer({ ...tallyEvent(1).tally, options: [], certainty: tallyEvent(1).certainty });
    expect((await loading).expected).toEqual(tally(7));
    expect(client.getQueryData<MotionTallyResponse>(queryKeys.tally(1))?.expected).toEqual(
      tally(7),
    );
  });

  it('should take the loaded answer when no event came meanwhile', async () => {
    const { client } = setup();
    const loaded = { ...tallyEvent(3).tally, options: [], certainty: tallyEvent(3).certainty };
    const result = await unlessEventArrived(client, queryKeys.tally(1), () =>
      Promise.resolve(loaded),
    );
    expect(result).toBe(loaded);
  });
});
