import { Container } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSetupStatus } from '../../api/auth';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';

/** Sends every visit to /setup while the server has no users, and away from it afterwards. */
export function BootGate() {
  const status = useSetupStatus();
  const { pathname } = useLocation();

  if (status.isPending) return <Loading full />;
  if (status.isError) {
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      </Container>
    );
  }
  const onSetup = pathname === '/setup';
  if (status.data.needsSetup && !onSetup) return <Navigate to="/setup" replace />;
  if (!status.data.needsSetup && onSetup) return <Navigate to="/" replace />;
  return <Outlet />;
}
