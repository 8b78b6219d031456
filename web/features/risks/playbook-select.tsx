import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PlaybookSelectProps {
  value: number | null;
  onChange: (playbookId: number | null) => void;
  error?: string | undefined;
}

/** The playbook to follow when the risk happens. */
export function PlaybookSelect({ value, onChange, error }: PlaybookSelectProps) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={t('risks.playbook')}
      value={value ?? ''}
      onChange={(next) => onChange(typeof next === 'number' ? next : null)}
      allowDecimal={false}
      min={1}
      error={error}
    />
  );
}
