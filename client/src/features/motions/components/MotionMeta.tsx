import type { MotionView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

type MotionMetaProps = { motion: MotionView; detailed?: boolean };

/** Drucksache, type, status, meeting date, policy area (on the motion page also its date and the majority). */
export function MotionMeta({ motion, detailed = false }: MotionMetaProps) {
  const { t, formatDate } = useT();
  const date = motion.meetingDate ? formatDate(motion.meetingDate) : null;
  return (
    <p className="motion-item__meta">
      <span>{motion.reference ?? t('motion.noReference')}</span>
      {detailed && motion.submittedOn && (
        <span>{t('motion.submittedOn', { date: formatDate(motion.submittedOn) })}</span>
      )}
      <span>{t(`motion.type.${motion.type}`)}</span>
      <span className={`motion-status motion-status--${motion.status}`} data-testid="motion-status">
        {t(`motion.status.${motion.status}`)}
      </span>
      <span>
        {date ? (detailed ? t('motion.meetingDate', { date }) : date) : t('motion.noDate')}
      </span>
      {detailed && <span>{t(`calc.majority.${motion.requiredMajority}`)}</span>}
      {motion.policyArea && <span>{motion.policyArea}</span>}
      {motion.isExample && <span className="badge badge--example">{t('motion.example')}</span>}
    </p>
  );
}
