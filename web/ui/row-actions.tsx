import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DangerButtonProps {
  /** The accessible name, naming what the action touches ("Delete brand Indomie"). */
  label: string;
  onClick: () => void;
  children: ReactNode;
}

/** A small red button for a destructive action on one table row. */
export function DangerButton({ label, onClick, children }: DangerButtonProps) {
  return (
    <Button size="xs" variant="subtle" color="red" aria-label={label} onClick={onClick}>
      {children}
    </Button>
  );
}

interface EditDeleteActionsProps {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** The edit and delete buttons of a table row. */
export function EditDeleteActions({ editLabel, deleteLabel, onEdit, onDelete }: EditDeleteActionsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="default" aria-label={editLabel} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <DangerButton label={deleteLabel} onClick={onDelete}>
        {t('common.delete')}
      </DangerButton>
    </Group>
  );
}
