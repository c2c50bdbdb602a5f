import { ROLES, type Role } from '../api/models';
import type { MessageKey } from '../i18n/en';

/**
 * The app's areas, one per navigation item. The navigation, the routes and the role checks
 * all read this list, so a new area is added here once.
 */
export interface Section {
  id: string;
  path: string;
  /** The role whose navigation group shows this area; only holders of it may open it. `account`: everyone. */
  role: Role | 'account';
  /**
   * Further roles that may open it. Someone holding several of them sees it once, in the group
   * of the first (`role`, then these, in order) they hold.
   */
  alsoFor?: readonly Role[];
  labelKey: MessageKey;
  descriptionKey: MessageKey;
}

export const SECTIONS = [
  { id: 'feed', path: '/feed', role: 'employee', labelKey: 'nav.feed', descriptionKey: 'section.feed.description' },
  { id: 'shares', path: '/shares', role: 'employee', labelKey: 'nav.shares', descriptionKey: 'section.shares.description' },
  { id: 'connections', path: '/connections', role: 'employee', labelKey: 'nav.connections', descriptionKey: 'section.connections.description' },
  { id: 'points', path: '/points', role: 'employee', labelKey: 'nav.points', descriptionKey: 'section.points.description' },
  { id: 'board', path: '/board', role: 'employee', labelKey: 'nav.board', descriptionKey: 'section.board.description' },
  { id: 'content', path: '/content', role: 'curator', labelKey: 'nav.content', descriptionKey: 'section.content.description' },
  { id: 'campaigns', path: '/campaigns', role: 'curator', labelKey: 'nav.campaigns', descriptionKey: 'section.campaigns.description' },
  { id: 'results', path: '/results', role: 'curator', alsoFor: ['manager', 'admin'], labelKey: 'nav.results', descriptionKey: 'section.results.description' },
  { id: 'leaderboards', path: '/leaderboards', role: 'manager', labelKey: 'nav.leaderboards', descriptionKey: 'section.leaderboards.description' },
  { id: 'team', path: '/team', role: 'manager', labelKey: 'nav.team', descriptionKey: 'section.team.description' },
  { id: 'reviews', path: '/reviews', role: 'reviewer', labelKey: 'nav.reviews', descriptionKey: 'section.reviews.description' },
  { id: 'users', path: '/admin/users', role: 'admin', labelKey: 'nav.users', descriptionKey: 'section.users.description' },
  { id: 'organization', path: '/admin/organization', role: 'admin', labelKey: 'nav.organization', descriptionKey: 'section.organization.description' },
  { id: 'policy-versions', path: '/admin/policy', role: 'admin', labelKey: 'nav.policyVersions', descriptionKey: 'section.policyVersions.description' },
  { id: 'compliance-rules', path: '/admin/compliance-rules', role: 'admin', labelKey: 'nav.complianceRules', descriptionKey: 'section.complianceRules.description' },
  { id: 'points-rules', path: '/admin/points-rules', role: 'admin', labelKey: 'nav.pointsRules', descriptionKey: 'section.pointsRules.description' },
  { id: 'rewards', path: '/admin/rewards', role: 'admin', labelKey: 'nav.rewards', descriptionKey: 'section.rewards.description' },
  { id: 'contests', path: '/admin/contests', role: 'admin', labelKey: 'nav.contests', descriptionKey: 'section.contests.description' },
  { id: 'audit-log', path: '/admin/audit-log', role: 'admin', labelKey: 'nav.auditLog', descriptionKey: 'section.auditLog.description' },
  { id: 'sent-mail', path: '/admin/sent-mail', role: 'admin', labelKey: 'nav.sentMail', descriptionKey: 'section.sentMail.description' },
  { id: 'notifications', path: '/notifications', role: 'account', labelKey: 'nav.notifications', descriptionKey: 'section.notifications.description' },
  { id: 'settings', path: '/settings', role: 'account', labelKey: 'nav.settings', descriptionKey: 'section.settings.description' },
  { id: 'policy', path: '/policy', role: 'account', labelKey: 'nav.policy', descriptionKey: 'section.policy.description' },
] as const satisfies readonly Section[];

export type SectionId = (typeof SECTIONS)[number]['id'];

export interface SectionGroup {
  key: Role | 'account';
  /** Set for a role's group; the account group belongs to everyone. */
  role?: Role;
  titleKey: MessageKey;
  sections: readonly Section[];
}

/** The sections the given roles may open, grouped by role in the order of ROLES, then the account's own. */
export function sectionGroupsFor(roles: readonly Role[]): SectionGroup[] {
  const groups: SectionGroup[] = ROLES.filter((role) => roles.includes(role)).map((role) => ({
    key: role,
    role,
    titleKey: `role.${role}` as const,
    sections: SECTIONS.filter((section: Section) => groupRoleOf(section, roles) === role),
  }));
  groups.push({ key: 'account', titleKey: 'nav.account', sections: SECTIONS.filter((section) => section.role === 'account') });
  return groups;
}

/** The roles that may open a section; empty for the account's own sections, which everyone may. */
export function sectionRoles(section: Section): Role[] {
  return section.role === 'account' ? [] : [section.role, ...(section.alsoFor ?? [])];
}

/** The group a section is listed in for someone with these roles: the first of its roles they hold. */
function groupRoleOf(section: Section, roles: readonly Role[]): Role | undefined {
  return sectionRoles(section).find((role) => roles.includes(role));
}

export function sectionPath(id: SectionId): string {
  return SECTIONS.find((section) => section.id === id)!.path;
}
