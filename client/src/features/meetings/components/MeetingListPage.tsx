import type { CouncilView, UserView } from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { accessOf } from '../../../app/access';
import { useMeetings } from '../hooks/use-meetings';
import { NewMeetingForm } from './NewMeetingForm';

/** "Sitzungen": every meeting with its date and agenda size; managers create new ones. */
type MeetingListPageProps = { user: UserView; council: CouncilView };

export function MeetingListPage({ user, council }: MeetingListPageProps) {
  const { t, formatDate, tCount } = useT();
  const { meetings, error, create } = useMeetings();
  return (
    <main className="page" data-testid="meeting-list">
      <div className="page__head">
        <h1>{t('meetings.title')}</h1>
      </div>
      {accessOf(user, council)('meetings.write') && (
        <NewMeetingForm
          create={create}
          onCreated={(meeting) => {
            window.location.hash = hrefOf({ page: 'meeting', meetingId: meeting.id });
          }}
        />
      )}
      {error && (
        <p className="alert alert--danger">{t('meetings.loadError', { message: error })}</p>
      )}
      {meetings && meetings.length === 0 && <p className="muted">{t('meetings.empty')}</p>}
      {meetings && meetings.length > 0 && (
        <ul className="card motion-list">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="motion-item" data-testid="meeting-row">
              <div className="motion-item__main">
                <a
                  className="motion-item__title"
                  href={hrefOf({ page: 'meeting', meetingId: meeting.id })}
                >
                  {meeting.name}
                </a>
                <p className="motion-item__meta">
                  <span>{formatDate(meeting.date)}</span>
                  <span>{meeting.body === 'council' ? t('meetings.council') : meeting.body}</span>
                  <span>{tCount('meetings.items', meeting.agendaItemCount)}</span>
                  {meeting.cancelled && <span>{t('meetings.cancelled')}</span>}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
