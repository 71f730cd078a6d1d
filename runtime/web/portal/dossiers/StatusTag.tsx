/** A dossier's status in words, coloured by whether the citizen must act, waits, or is done. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TONES } from '../../shell/tones.ts';

const COLOURS: Record<string, string | undefined> = {
  awaiting_supplement: TONES.warning,
  awaiting_payment: TONES.warning,
  result_ready: TONES.success,
  completed: TONES.success,
  refused: TONES.danger,
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation('portalDossiers');
  return <Tag color={COLOURS[status] ?? TONES.info}>{t(`status.${status}`, { defaultValue: status })}</Tag>;
}
