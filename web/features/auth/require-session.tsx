import { Container } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../../api/auth';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from '../../ui/loading';

/** Renders the signed-in app, or sends the visitor to sign in and back here afterwards. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const { i18n } = useTranslation();
  const savedLocale = session.data?.user.locale;

  // The language saved for the user wins over the browser's.
  useEffect(() => {
    if (savedLocale && i18n.language !== savedLocale) void i18n.changeLanguage(savedLocale);
  }, [savedLocale, i18n]);

  if (session.isPending) return <Loading full />;
  if (session.isError) {
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </Container>
    );
  }
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
