import { Alert, Anchor, Container } from '@mantine/core';
import { Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useParams } from 'react-router';
import { useSession, useUpdateMe } from '../../api/auth';
import { AppLayout, type NavItem } from '../../ui/app-layout';
import { LanguageSwitch } from '../../ui/language-switch';
import { PolicyBanner } from '../plan/policy-banner';
import { Loading } from '../../ui/loading';
import { rememberWorkspace } from './last-workspace';
import { UserMenu } from './user-menu';
import { makeWorkspaceContext, WorkspaceProvider } from './workspace-context';
import { WorkspaceSwitcher } from './workspace-switcher';

/** The signed-in shell around every `/w/:workspaceId/...` page. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const session = useSession().data;
  const updateMe = useUpdateMe();
  const workspaceId = Number(useParams().workspaceId);
  const workspace = session?.workspaces.find((candidate) => candidate.id === workspaceId);

  useEffect(() => {
    if (workspace) rememberWorkspace(workspace.id);
  }, [workspace]);

  const context = useMemo(() => (workspace && session ? makeWorkspaceContext(workspace, session.user.id) : null), [workspace, session]);

  if (!session) return <Navigate to="/login" replace />;
  if (!context) {
    return (
      <Container size="sm" py="xl" component="main">
        <Alert color="orange" title={t('errors.forbidden')}>
          {t('workspace.notMember')}{' '}
          <Anchor component={Link} to="/">
            {t('app.backHome')}
          </Anchor>
        </Alert>
      </Container>
    );
  }

  const base = `/w/${workspaceId}`;
  const nav: NavItem[] = [
    { to: `${base}/overview`, label: t('nav.overview') },
    { to: `${base}/alerts`, label: t('nav.alerts') },
    { to: `${base}/incidents`, label: t('incidents.nav') },
    ...(context.can('inbox.read') ? [{ to: `${base}/inbox`, label: t('inbox.nav') }] : []),
    ...(context.can('outbox.read') ? [{ to: `${base}/outbox`, label: t('outbox.nav') }] : []),
    ...(context.can('statements.read') ? [{ to: `${base}/statements`, label: t('statements.nav') }] : []),
    { to: `${base}/mentions`, label: t('nav.mentions') },
    ...(context.can('inbox.read') ? [{ to: `${base}/moderation`, label: t('moderation.nav') }] : []),
    { to: `${base}/analysis`, label: t('nav.analysis') },
    { to: `${base}/alert-settings`, label: t('nav.alertRules') },
    { to: `${base}/plan/playbooks`, label: t('plan.nav.playbooks') },
    { to: `${base}/plan/team`, label: t('plan.nav.team') },
    { to: `${base}/plan/policy`, label: t('plan.nav.policy') },
    // Registers: the risk register, the contacts directory.
    { to: `${base}/risks`, label: t('risks.nav') },
    { to: `${base}/contacts`, label: t('contacts.nav') },
    { to: `${base}/messages`, label: t('messages.nav') },
    { to: `${base}/brands`, label: t('nav.brands') },
    { to: `${base}/accounts`, label: t('accounts.nav') },
    { to: `${base}/members`, label: t('nav.members') },
    ...(context.can('notifications.read') ? [{ to: `${base}/notifications`, label: t('nav.notifications') }] : []),
    ...(context.can('tokens.manage') ? [{ to: `${base}/tokens`, label: t('nav.tokens') }] : []),
    ...(context.can('audit.read') ? [{ to: `${base}/audit`, label: t('nav.audit') }] : []),
  ];

  return (
    <WorkspaceProvider value={context}>
      <AppLayout
        nav={nav}
        headerCenter={<WorkspaceSwitcher workspaces={session.workspaces} currentId={workspaceId} />}
        headerRight={
          <>
            <LanguageSwitch onChange={(locale) => updateMe.mutate({ locale })} />
            <UserMenu user={session.user} />
          </>
        }
      >
        <Suspense fallback={<Loading />}>
          <PolicyBanner />
          <Outlet />
        </Suspense>
      </AppLayout>
    </WorkspaceProvider>
  );
}
