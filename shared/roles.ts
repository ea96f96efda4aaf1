// Who may do what inside an organisation. Owners and admins see every shop; agents see the shops of the
// agent groups they belong to (see worker/db/queries/visibility.ts).
export const ROLES = ['owner', 'admin', 'agent'] as const;
export type Role = (typeof ROLES)[number];

export const INVITABLE_ROLES = ['admin', 'agent'] as const;

export type Permission = 'manage_members' | 'manage_shops' | 'manage_groups' | 'see_all_shops' | 'manage_settings';

const GRANTS: Record<Role, readonly Permission[]> = {
  owner: ['manage_members', 'manage_shops', 'manage_groups', 'see_all_shops', 'manage_settings'],
  admin: ['manage_members', 'manage_shops', 'manage_groups', 'see_all_shops', 'manage_settings'],
  agent: [],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
