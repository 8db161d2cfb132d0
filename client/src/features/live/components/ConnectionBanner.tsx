import { useT } from '../../../i18n/i18n';
import type { LiveStatus } from '../hooks/use-live-socket';

export function ConnectionBanner({ status }: { status: LiveStatus }) {
  const { t } = useT();
  if (status === 'offline') {
    return (
      <div className="banner banner--warning" role="status" data-testid="connection-banner">
        {t('live.disconnected')}
      </div>
    );
  }
  if (status === 'restored') {
    return (
      <div className="banner banner--ok" role="status" data-testid="connection-banner">
        {t('live.reconnected')}
      </div>
    );
  }
  return null;
}
