import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePlaybookChoices } from '../../api/risks';
import { useWorkspace } from '../workspaces/workspace-context';

interface PlaybookSelectProps {
  value: number | null;
  onChange: (playbookId: number | null) => void;
  error?: string | undefined;
}

/** The playbook to follow when the risk happens; one no longer offered still shows by its number. */
export function PlaybookSelect({ value, onChange, error }: PlaybookSelectProps) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const playbooks = usePlaybookChoices(workspace.id);
  const options = (playbooks.data ?? []).map((p) => ({
    value: String(p.id),
    label: `${p.title} · ${t(`crisis.types.${p.crisisType}`)}`,
  }));
  if (value !== null && !options.some((o) => o.value === String(value))) options.push({ value: String(value), label: `#${value}` });
  return (
    <Select
      label={t('risks.playbook')}
      placeholder={t('risks.playbookNone')}
      data={options}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next ? Number(next) : null)}
      clearable
      searchable
      error={error}
    />
  );
}
