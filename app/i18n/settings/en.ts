// English strings of the settings screens (shops, members, agent groups): the source of truth, like
// ../en.ts, but loaded with those screens instead of with the first paint. zh-CN.ts next to it is typed
// `SettingsMessages`, so a key missing there (or misspelt) is a type error.
//
// The `satisfies` clause makes every shop type, shop status, connection status, routing mode, role and
// invitable role of shared/ need a sentence here.
import type { INVITABLE_ROLES, Role } from '../../../shared/roles';
import type { GroupView } from '../../../shared/schemas/groups';
import type { ShopStatus, ShopType } from '../../../shared/schemas/shops';
import type { ConnectionStatus } from '../../api/settings';

type RequiredKeys =
  | `shopType.${ShopType}`
  | `shopStatus.${ShopStatus}`
  | `connection.${ConnectionStatus}`
  | `routing.${GroupView['routing']}`
  | `roleName.${Role}`
  | `inviteRole.${(typeof INVITABLE_ROLES)[number]}`;

export const settingsEn = {
  'settings.title': 'Settings',
  'settings.back': 'Back to settings',
  'settings.sections': 'Settings sections',
  'settings.shopsHint': 'Connect TikTok Shop accounts, set shop types',
  'settings.membersHint': 'Invite people, choose their roles',
  'settings.groupsHint': 'Teams that answer the buyers of chosen shops',
  'settings.myGroupsHint': 'Your teams and the shops they answer',
  'settings.agentNote': 'Owners and admins manage shops, members and groups.',
  'settings.offline': 'You are offline. Settings can be seen and changed only with a connection.',
  'settings.offlineList': 'Connect to the internet to see this list.',
  'settings.offlineAction': 'You are offline. Connect to the internet to save changes.',
  'settings.ownersOnly': 'Only owners and admins can manage this.',
  'settings.cancel': 'Cancel',
  'settings.you': 'You',
  'settings.none': 'None',
  'settings.listSeparator': ', ',
  'settings.dismiss': 'Dismiss',
  'settings.loading': 'Loading…',
  'settings.saving': 'Saving…',

  'shops.title': 'Shops',
  'shops.connectTitle': 'Connect TikTok Shop',
  'shops.connectHint': 'You sign in to TikTok Shop as the seller and approve AskChat. US shops use TikTok’s US sign-in.',
  'shops.connectUs': 'Connect a shop (US)',
  'shops.connectRow': 'Connect a shop (other markets)',
  'shops.offline': 'You are offline. These are the shops saved on this device; connecting and changes need a connection.',
  'shops.connectedOne': '1 shop connected.',
  'shops.connectedMany': '{count} shops connected.',
  'shops.connectedNone': 'No shop was connected.',
  'shops.skipped': '{count} left out: AskChat does not serve their market yet.',
  'shops.list': 'Your shops',
  'shops.listAgent': 'Shops of your groups',
  'shops.empty': 'No shop yet. Connect your TikTok Shop account to start.',
  'shops.emptyAgent': 'Your groups have no shop yet.',
  'shops.market': 'Market',
  'shops.type': 'Shop type',
  'shops.typeOf': 'Shop type of {name}',
  'shops.typeSaved': 'Saved.',
  'shops.languages': 'Languages',
  'shops.timeZone': 'Time zone',
  'shops.connection': 'Connection: ',
  'shops.reconnect': 'Reconnect',
  'shops.reconnectOf': 'Reconnect {name}',
  'shops.accounts': 'TikTok Shop accounts',
  'shops.accountsHint': 'One account is one seller sign-in; it can hold several shops.',
  'shops.accountsEmpty': 'No account connected yet.',
  'shops.accountsReconnect': 'Reconnect with a button above, signing in to TikTok Shop as “{seller}”.',
  'shops.lastError': 'Last error:',
  'shops.shopCountOne': '1 shop',
  'shops.shopCountMany': '{count} shops',
  'shops.authorizationEnds': 'Authorisation ends {date}',

  'shopType.personal': 'Personal',
  'shopType.enterprise': 'Enterprise',
  'shopType.brand': 'Brand',
  'shopType.cross_border': 'Cross-border',

  'shopStatus.active': 'Active',
  'shopStatus.disconnected': 'Expired — reconnect this shop',
  'shopStatus.revoked': 'Removed in TikTok Shop — reconnect',

  'connection.active': 'Active',
  'connection.expired': 'Expired — reconnect this shop',
  'connection.revoked': 'Removed in TikTok Shop — reconnect',

  'members.title': 'Members',
  'members.list': 'People',
  'members.roleOf': 'Role of {name}',
  'members.roleSaved': 'Role saved.',
  'members.remove': 'Remove',
  'members.removeOf': 'Remove {name}',
  'members.removeConfirm': 'Remove {name} from {organization}? They are signed out at once.',
  'members.removed': '{name} was removed.',
  'members.needsOwner': 'An organisation needs at least one owner. Make someone else owner first.',
  'members.lastOwner': 'The last owner cannot be removed. Make someone else owner first.',
  'members.ownerOnly': 'Only an owner can make, change or remove an owner.',
  'members.groups': 'Groups: {names}',
  'members.inviteTitle': 'Invite someone',
  'members.inviteHint': 'AskChat makes a link for them to join. Send it yourself (chat or email): it works once, for 7 days.',
  'members.email': 'Email',
  'members.emailInvalid': 'Enter a valid email address.',
  'members.role': 'Role',
  'members.inviteGroups': 'Agent groups (optional)',
  'members.inviteGroupsHint': 'The groups the agent joins, and so the shops they see.',
  'members.inviteSubmit': 'Create invite link',
  'members.inviteSubmitting': 'Creating…',
  'members.adminOwnerOnly': 'Only an owner can invite admins.',
  'members.linkTitle': 'Invite for {email}',
  'members.link': 'Invite link',
  'members.linkOnce': 'This link is shown only once. Copy it now and send it to {email}.',
  'members.copy': 'Copy',
  'members.copied': 'Copied.',
  'members.copyFailed': 'Could not copy. Select the link and copy it.',
  'members.done': 'Done',
  'members.invites': 'Open invites',
  'members.invitesEmpty': 'No open invites.',
  'members.inviteExpires': 'Expires {date}',
  'members.withdraw': 'Withdraw',
  'members.withdrawOf': 'Withdraw the invite for {email}',
  'members.withdrawConfirm': 'Withdraw the invite for {email}? The link stops working.',

  'roleName.owner': 'Owner',
  'roleName.admin': 'Admin',
  'roleName.agent': 'Agent',

  'inviteRole.agent': 'Answers the buyers of their groups’ shops.',
  'inviteRole.admin': 'Manages shops, members and groups.',

  'groups.title': 'Agent groups',
  'groups.myTitle': 'My groups',
  'groups.new': 'New group',
  'groups.empty': 'No group yet. A group is a team that answers the buyers of chosen shops.',
  'groups.emptyMine': 'You are not in a group yet. Ask an owner or admin to add you.',
  'groups.formNew': 'New group',
  'groups.formEdit': 'Edit {name}',
  'groups.name': 'Name',
  'groups.nameInvalid': 'Enter a name for the group.',
  'groups.routing': 'New conversations go to',
  'groups.routingShort': 'Routing',
  'groups.list': 'Groups',
  'groups.markets': 'Markets',
  'groups.languages': 'Languages',
  'groups.members': 'Members',
  'groups.shops': 'Shops',
  'groups.noMembers': 'Nobody to add yet: invite people under Members.',
  'groups.noShops': 'No shop to add yet: connect one under Shops.',
  'groups.create': 'Create group',
  'groups.save': 'Save',
  'groups.edit': 'Edit',
  'groups.editOf': 'Edit {name}',
  'groups.delete': 'Delete',
  'groups.deleteOf': 'Delete {name}',
  'groups.deleteConfirm': 'Delete {name}? Its agents stop seeing its shops.',
  'groups.saved': 'Group saved.',
  'groups.deleted': 'Group deleted.',

  'routing.round_robin': 'Each agent in turn',
  'routing.least_loaded': 'The least busy agent',
} as const satisfies Record<RequiredKeys, string> & Record<string, string>;

export type SettingsMessageKey = keyof typeof settingsEn;
export type SettingsMessages = { readonly [K in SettingsMessageKey]: string };
