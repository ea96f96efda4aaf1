// The settings area, one lazy chunk: /settings, /settings/shops, /settings/members, /settings/groups.
// One request opens all of it (on a slow network, moving between settings pages then never waits), and
// the route table needs one import() for four routes, which keeps the first paint's share small.
export { SettingsPage } from './settings-page';
export { ShopsPage } from './shops-page';
export { MembersPage } from './members-page';
export { GroupsPage } from './groups-page';
