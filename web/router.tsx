import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { BootGate } from './features/auth/boot-gate';
import { LoginPage } from './features/auth/login-page';
import { RequireSession } from './features/auth/require-session';
import { NotFoundPage } from './features/workspaces/not-found-page';
import { HomeRedirect } from './features/workspaces/home-redirect';
import { WorkspaceLayout } from './features/workspaces/workspace-layout';
import { Loading } from './ui/loading';

// Each screen group is its own chunk; the signed-out pages stay in the main bundle.
const SetupPage = lazy(() => import('./features/setup/setup-page').then((m) => ({ default: m.SetupPage })));
const InvitePage = lazy(() => import('./features/auth/invite-page').then((m) => ({ default: m.InvitePage })));
const MentionsPage = lazy(() => import('./features/mentions/mentions-page').then((m) => ({ default: m.MentionsPage })));
const InboxPage = lazy(() => import('./features/inbox/inbox-page').then((m) => ({ default: m.InboxPage })));
const OutboxPage = lazy(() => import('./features/outbox/outbox-page').then((m) => ({ default: m.OutboxPage })));
const AccountsPage = lazy(() => import('./features/accounts/accounts-page').then((m) => ({ default: m.AccountsPage })));
const ModerationPage = lazy(() => import('./features/moderation/moderation-page').then((m) => ({ default: m.ModerationPage })));
const SandboxPage = lazy(() => import('./features/accounts/sandbox-page').then((m) => ({ default: m.SandboxPage })));
const BrandsPage = lazy(() => import('./features/brands/brands-page').then((m) => ({ default: m.BrandsPage })));
const BrandDetailPage = lazy(() => import('./features/brands/brand-detail-page').then((m) => ({ default: m.BrandDetailPage })));
const MembersPage = lazy(() => import('./features/members/members-page').then((m) => ({ default: m.MembersPage })));
const TokensPage = lazy(() => import('./features/tokens/tokens-page').then((m) => ({ default: m.TokensPage })));
const AnalysisPage = lazy(() => import('./features/analysis/analysis-page').then((m) => ({ default: m.AnalysisPage })));
const NotificationsPage = lazy(() => import('./features/notifications/notifications-page').then((m) => ({ default: m.NotificationsPage })));
const AlertsPage = lazy(() => import('./features/alerts/alerts-page').then((m) => ({ default: m.AlertsPage })));
const OverviewPage = lazy(() => import('./features/overview/overview-page').then((m) => ({ default: m.OverviewPage })));
const AlertSettingsPage = lazy(() =>
  import('./features/alert-settings/alert-settings-page').then((m) => ({ default: m.AlertSettingsPage })),
);
// Registers: the risk register, the contacts directory.
const RisksPage = lazy(() => import('./features/risks/risks-page').then((m) => ({ default: m.RisksPage })));
const ContactsPage = lazy(() => import('./features/contacts/contacts-page').then((m) => ({ default: m.ContactsPage })));
const IncidentsPage = lazy(() => import('./features/incidents/incidents-page').then((m) => ({ default: m.IncidentsPage })));
const IncidentRoomPage = lazy(() => import('./features/incidents/incident-room-page').then((m) => ({ default: m.IncidentRoomPage })));
const MessagesPage = lazy(() => import('./features/messages/messages-page').then((m) => ({ default: m.MessagesPage })));
const TemplateNewPage = lazy(() => import('./features/messages/template-new-page').then((m) => ({ default: m.TemplateNewPage })));
const TemplatePage = lazy(() => import('./features/messages/template-page').then((m) => ({ default: m.TemplatePage })));
const AuditPage = lazy(() => import('./features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
const PlaybooksPage = lazy(() => import('./features/plan/playbooks-page').then((m) => ({ default: m.PlaybooksPage })));
const NewPlaybookPage = lazy(() => import('./features/plan/new-playbook-page').then((m) => ({ default: m.NewPlaybookPage })));
const PlaybookPage = lazy(() => import('./features/plan/playbook-page').then((m) => ({ default: m.PlaybookPage })));
const CrisisTeamPage = lazy(() => import('./features/plan/crisis-team-page').then((m) => ({ default: m.CrisisTeamPage })));
const StatementsPage = lazy(() => import('./features/statements/statements-page').then((m) => ({ default: m.StatementsPage })));
const StatementComposerPage = lazy(() =>
  import('./features/statements/statement-composer-page').then((m) => ({ default: m.StatementComposerPage })),
);
const StatementPage = lazy(() => import('./features/statements/statement-page').then((m) => ({ default: m.StatementPage })));
const PolicyPage = lazy(() => import('./features/plan/policy-page').then((m) => ({ default: m.PolicyPage })));

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading full />}>
      <Routes>
        <Route element={<BootGate />}>
          <Route path="/setup" element={<SetupPage />} />
          <Route path="/login" element={<LoginPage />} />
          <Route path="/invite/:token" element={<InvitePage />} />
          <Route element={<RequireSession />}>
            <Route index element={<HomeRedirect />} />
            <Route path="/w/:workspaceId" element={<WorkspaceLayout />}>
              <Route index element={<Navigate to="mentions" replace />} />
              <Route path="overview" element={<OverviewPage />} />
              <Route path="alerts" element={<AlertsPage />} />
              <Route path="mentions" element={<MentionsPage />} />
              <Route path="analysis" element={<AnalysisPage />} />
              <Route path="alert-settings" element={<AlertSettingsPage />} />
              <Route path="messages" element={<MessagesPage />} />
              <Route path="messages/new" element={<TemplateNewPage />} />
              <Route path="messages/:templateId" element={<TemplatePage />} />
              <Route path="brands" element={<BrandsPage />} />
              <Route path="brands/:brandId" element={<BrandDetailPage />} />
              <Route path="members" element={<MembersPage />} />
              <Route path="tokens" element={<TokensPage />} />
              <Route path="notifications" element={<NotificationsPage />} />
              <Route path="audit" element={<AuditPage />} />
              <Route path="plan/playbooks" element={<PlaybooksPage />} />
              <Route path="plan/playbooks/new" element={<NewPlaybookPage />} />
              <Route path="plan/playbooks/:playbookId" element={<PlaybookPage />} />
              <Route path="plan/team" element={<CrisisTeamPage />} />
              <Route path="plan/policy" element={<PolicyPage />} />
              {/* Registers: the risk register, the contacts directory. */}
              <Route path="risks" element={<RisksPage />} />
              <Route path="contacts" element={<ContactsPage />} />
              <Route path="incidents" element={<IncidentsPage />} />
              <Route path="incidents/:incidentId" element={<IncidentRoomPage />} />
              <Route path="outbox" element={<OutboxPage />} />
              <Route path="inbox" element={<InboxPage />} />
              <Route path="accounts" element={<AccountsPage />} />
              <Route path="sandbox/:accountId" element={<SandboxPage />} />
              <Route path="statements" element={<StatementsPage />} />
              <Route path="statements/new" element={<StatementComposerPage />} />
              <Route path="statements/:statementId" element={<StatementPage />} />
              <Route path="moderation" element={<ModerationPage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
