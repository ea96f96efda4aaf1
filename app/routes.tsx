// The route table. The inbox and the sign-in screen are the first paint, so they ship in the main bundle;
// the other pages load on demand (and are precached by the service worker, so later visits and offline
// use never wait for them).
//
//   /                  inbox (signed in) or sign-in
//   /c/:id             one conversation (signed in) or sign-in
//   /settings          the settings sections this person may open (signed in) or sign-in
//   /settings/shops    shops and TikTok Shop connections; /settings/members; /settings/groups
//   /settings/shops/:shopId/replies   one shop's reply settings and policy facts
//   /settings/kb       the knowledge base; /settings/ai: the AI provider and a preview of replies
//   /settings/roster   my shifts; /settings/members/:userId/roster: anyone's (owners and admins)
//   /settings/privacy  buyers' data requests, retention and the audit log (owners and admins)
//   /tickets           after-sales tickets, open or closed; /t/:ticketId one ticket and its next steps
//   /dashboard         the seller's dashboard: response times, rates, surveys, volume charts (issue 8)
//   /invite            accept an invite (#token)
import type { RouteDefinition } from '@solidjs/router';
import { Show, lazy, type Component, type JSX } from 'solid-js';
import { session } from './local/session';
import { InboxPage } from './pages/inbox/inbox-page';
import { LoginPage } from './pages/login/login-page';

const ConversationPage = lazy(() => import('./pages/conversation/conversation-page').then((m) => ({ default: m.ConversationPage })));
const InvitePage = lazy(() => import('./pages/invite/invite-page').then((m) => ({ default: m.InvitePage })));
const NotFoundPage = lazy(() => import('./pages/not-found/not-found-page').then((m) => ({ default: m.NotFoundPage })));
const TicketPage = lazy(() => import('./pages/tickets/ticket-page').then((m) => ({ default: m.TicketPage })));
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const TicketsPage = lazy(() => import('./pages/tickets/tickets-page').then((m) => ({ default: m.TicketsPage })));
const settings = () => import('./pages/settings/settings-pages');
const SettingsPage = lazy(() => settings().then((m) => ({ default: m.SettingsPage })));
const ShopsPage = lazy(() => settings().then((m) => ({ default: m.ShopsPage })));
const MembersPage = lazy(() => settings().then((m) => ({ default: m.MembersPage })));
const GroupsPage = lazy(() => settings().then((m) => ({ default: m.GroupsPage })));
const RepliesPage = lazy(() => settings().then((m) => ({ default: m.RepliesPage })));
const KbPage = lazy(() => settings().then((m) => ({ default: m.KbPage })));
const AiPage = lazy(() => settings().then((m) => ({ default: m.AiPage })));
const RosterPage = lazy(() => settings().then((m) => ({ default: m.RosterPage })));
const PrivacyPage = lazy(() => settings().then((m) => ({ default: m.PrivacyPage })));

/** Shows its page to a signed-in person, the sign-in screen otherwise (nothing while IndexedDB opens). */
function SignedIn(props: { children: JSX.Element }) {
  return (
    <Show when={session() !== undefined}>
      <Show when={session()} fallback={<LoginPage />}>
        {props.children}
      </Show>
    </Show>
  );
}

const signedIn = (Page: Component) => () => (
  <SignedIn>
    <Page />
  </SignedIn>
);

export const routes: RouteDefinition[] = [
  { path: '/', component: signedIn(InboxPage) },
  { path: '/c/:id', component: signedIn(ConversationPage) },
  { path: '/tickets', component: signedIn(TicketsPage) },
  { path: '/t/:ticketId', component: signedIn(TicketPage) },
  { path: '/dashboard', component: signedIn(DashboardPage) },
  { path: '/settings', component: signedIn(SettingsPage) },
  { path: '/settings/shops', component: signedIn(ShopsPage) },
  { path: '/settings/members', component: signedIn(MembersPage) },
  { path: '/settings/groups', component: signedIn(GroupsPage) },
  { path: '/settings/shops/:shopId/replies', component: signedIn(RepliesPage) },
  { path: '/settings/kb', component: signedIn(KbPage) },
  { path: '/settings/ai', component: signedIn(AiPage) },
  { path: '/settings/roster', component: signedIn(RosterPage) },
  { path: '/settings/members/:userId/roster', component: signedIn(RosterPage) },
  { path: '/settings/privacy', component: signedIn(PrivacyPage) },
  { path: '/invite', component: InvitePage },
  { path: '*404', component: NotFoundPage },
];
