// The settings area, one lazy chunk: /settings, /settings/shops (and each shop's reply settings),
// /settings/members, /settings/groups, /settings/kb, /settings/ai and the rosters (/settings/roster). One request opens all of it (on a slow
// network, moving between settings pages then never waits), and the route table needs one import() for all
// of them, which keeps the first paint's share small. (The knowledge base's starter articles are not in it:
// kb-page.tsx loads them with import() when the seller opens "Start from a template".)
export { SettingsPage } from './settings-page';
export { ShopsPage } from './shops-page';
export { RepliesPage } from './replies-page';
export { MembersPage } from './members-page';
export { GroupsPage } from './groups-page';
export { KbPage } from './kb-page';
export { AiPage } from './ai-page';
export { RosterPage } from './roster-page';
export { PrivacyPage } from './privacy-page';
