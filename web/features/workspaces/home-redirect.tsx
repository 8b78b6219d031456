import { Container, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useSession } from '../../api/auth';
import { pickWorkspace } from './last-workspace';
import { NewWorkspaceForm } from './new-workspace-modal';

/** `/` opens the last workspace used, or offers to create one when there is none. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const session = useSession().data;
  const workspace = session ? pickWorkspace(session.workspaces) : undefined;
  if (workspace) return <Navigate to={`/w/${workspace.id}/mentions`} replace />;

  return (
    <Container size={460} py={40} component="main">
      <Paper withBorder p="xl">
        <Title order={1} size="h3" mb="sm">
          {t('workspace.none')}
        </Title>
        <NewWorkspaceForm />
      </Paper>
    </Container>
  );
}
