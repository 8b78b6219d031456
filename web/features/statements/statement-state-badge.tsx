import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatementState } from '../../../core/statements';

const COLORS: Record<StatementState, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'teal',
  scheduled: 'blue',
  published: 'green',
  rejected: 'red',
};

export function StatementStateBadge({ state }: { state: StatementState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[state]} variant="light">
      {t(`statements.states.${state}`)}
    </Badge>
  );
}
