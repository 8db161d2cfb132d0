import type { CouncilView, MemberView, UserView } from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { accessOf, noteReaderOf } from '../../../app/access';
import { useMeeting } from '../hooks/use-meeting';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaList } from './AgendaList';
import { LiveEntryPanel } from './LiveEntryPanel';

type MeetingPageProps = {
  meetingId: number;
  council: CouncilView;
  members: MemberView[];
  user: UserView;
};

/** One meeting: its agenda and the live entry mode (managers enter, everyone else watches). */
export function MeetingPage({ meetingId, council, members, user }: MeetingPageProps) {
  const { t, formatDate } = useT();
  const can = accessOf(user, council);
  const data = useMeeting(meetingId, can('liveEntry.read'));
  const canEdit = can('meetings.write');
  const { meeting } = data;
  if (!meeting) {
    return (
      <main className="state">
        {data.error ? (
          <p className="alert alert--danger">{t('meetings.loadError', { message: data.error })}</p>
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </main>
    );
  }
  const item = meeting.agendaItems[data.index];
  return (
    <main
      className="page meeting-page"
      data-testid="meeting-page"
      data-live={data.live ? 'joined' : 'pending'}
    >
      <header className="card">
        <a href={hrefOf({ page: 'meetings' })}>← {t('meetings.back')}</a>
        <h1>{meeting.name}</h1>
        <p className="muted">
          {formatDate(meeting.date)} · {canEdit ? t('meetings.modeEdit') : t('meetings.modeWatch')}
        </p>
      </header>
      <div className="meeting-layout">
        <aside className="meeting-layout__agenda">
          <AgendaList items={meeting.agendaItems} index={data.index} select={data.select} />
          {canEdit && <AgendaItemForm addItem={data.addItem} />}
        </aside>
        <div className="meeting-layout__entry">
          {!can('liveEntry.read') ? (
            <p className="card muted">{t('meetings.liveNotShared')}</p>
          ) : item ? (
            <LiveEntryPanel
              key={item.id}
              item={item}
              position={data.index}
              count={meeting.agendaItems.length}
              council={council}
              members={members}
              canEdit={can('liveEntry.write')}
              data={data}
              mayRead={noteReaderOf(user, council)}
            />
          ) : (
            <p className="card muted">{t('meetings.noItems')}</p>
          )}
        </div>
      </div>
    </main>
  );
}
