import { Select } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WorkspaceSummary } from '../../../core/api';
import { NewWorkspaceModal } from './new-workspace-modal';

const NEW = '__new__';

export function WorkspaceSwitcher({ workspaces, currentId }: { workspaces: WorkspaceSummary[]; currentId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, { open, close }] = useDisclosure(false);

  const data = [
    ...workspaces.map((workspace) => ({ value: String(workspace.id), label: workspace.name })),
    { value: NEW, label: t('shell.newWorkspace') },
  ];

  return (
    <>
      <Select
        aria-label={t('shell.workspace')}
        data={data}
        value={String(currentId)}
        allowDeselect={false}
        checkIconPosition="right"
        size="sm"
        w={{ base: 116, xs: 160, sm: 220 }}
        comboboxProps={{ withinPortal: true }}
        onChange={(value) => {
          if (value === NEW) open();
          else if (value) void navigate(`/w/${value}/mentions`);
        }}
      />
      <NewWorkspaceModal opened={creating} onClose={close} />
    </>
  );
}
