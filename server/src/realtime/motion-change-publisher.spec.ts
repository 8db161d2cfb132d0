import type { MotionView, TallyEvent, WhipEvent } from '@mehrheitsplaner/shared';
import { audiencesOf, MotionChangePublisher, type LiveAudience } from './motion-change-publisher';
import { RealtimeService, type LiveNamespace } from './realtime.service';

type Sent = { rooms: string[]; event: string; payload: unknown };

/** A namespace that records what is sent to which rooms, in order. */
function recordingNamespace(sent: Sent[]): LiveNamespace {
  const to = (rooms: string | string[]) => ({
    emit: (event: string, payload: unknown) => {
      sent.push({ rooms: [rooms].flat(), event, payload });
      return true;
    },
  });
  return { to } as unknown as LiveNamespace;
}

function publisherWith(sent: Sent[]): MotionChangePublisher {
  const realtime = new RealtimeService();
  realtime.attach(recordingNamespace(sent));
  return new MotionChangePublisher(realtime);
}

const tally = { motionId: 4, cause: { groupKey: 'CDU', version: 2 } } as TallyEvent;
const motion = { motion: { id: 4 } as MotionView, cause: tally.cause };

/** Admins and SPD managers see the details; everyone else with whip reads the same stance. */
function whipFor(audience: LiveAudience): WhipEvent | null {
  if (audience.role === 'committee') return null;
  const detailed = audience.role === 'admin' || audience.groupKey === 'SPD';
  return { motionId: 4, entry: { note: detailed ? 'x' : null } as never, history: null };
}

describe('MotionChangePublisher', () => {
  it('should send the whip entry first, then the tally, then the motion to the list too', () => {
    const sent: Sent[] = [];
    publisherWith(sent).publish({ motionId: 4, whip: whipFor, tally, motion }, ['SPD', 'CDU']);
    expect(sent.map((item) => item.event)).toEqual(['whip', 'whip', 'tally', 'motion']);
    expect(sent[2].rooms).toEqual(['motion:4']);
    expect(sent[3].rooms).toEqual(['motion:4', 'motions']);
  });

  it('should send each distinct whip view once, to every audience room that reads it', () => {
    const sent: Sent[] = [];
    publisherWith(sent).publish({ motionId: 4, whip: whipFor, tally, motion }, ['SPD', 'CDU']);
    const [detailed, plain] = sent.filter((item) => item.event === 'whip');
    expect(detailed.rooms).toEqual([
      'motion:4|admin:-',
      'motion:4|admin:SPD',
      'motion:4|admin:CDU',
      'motion:4|manager:SPD',
    ]);
    expect(plain.rooms).toEqual([
      'motion:4|manager:-',
      'motion:4|manager:CDU',
      'motion:4|councillor',
    ]);
  });

  it('should send tally and motion only for a change without a whip entry', () => {
    const sent: Sent[] = [];
    publisherWith(sent).publish({ motionId: 4, tally, motion }, ['SPD']);
    expect(sent.map((item) => item.event)).toEqual(['tally', 'motion']);
  });

  it('should derive the audiences from the groups, not from who is connected', () => {
    expect(audiencesOf(['SPD']).map((a) => `${a.role}:${a.groupKey ?? '-'}`)).toEqual([
      'admin:-',
      'admin:SPD',
      'manager:-',
      'manager:SPD',
      'councillor:-',
      'committee:-',
    ]);
  });
});
