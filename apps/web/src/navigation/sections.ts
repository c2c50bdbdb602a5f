import { ROLES, type Role } from '../api/types';
import type { MessageKey } from '../i18n/en';

/**
 * The app's areas, one per navigation item. The navigation, the routes and the role checks
 * all read this list, so a new area is added here once.
 */
export interface Section {
  id: string;
  path: string;
  /** The role whose navigation group shows this area; only holders of it may open it. */
  role: Role;
  labelKey: MessageKey;
  descriptionKey: MessageKey;
}

export const SECTIONS = [
  {
    id: 'feed',
    path: '/feed',
    role: 'employee',
    labelKey: 'nav.feed',
    descriptionKey: 'section.feed.description',
  },
  {
    id: 'shares',
    path: '/shares',
    role: 'employee',
    labelKey: 'nav.shares',
    descriptionKey: 'section.shares.description',
  },
  {
    id: 'connections',
    path: '/connections',
    role: 'employee',
    labelKey: 'nav.connections',
    descriptionKey: 'section.connections.description',
  },
  {
    id: 'points',
    path: '/points',
    role: 'employee',
    labelKey: 'nav.points',
    descriptionKey: 'section.points.description',
  },
  {
    id: 'content',
    path: '/content',
    role: 'curator',
    labelKey: 'nav.content',
    descriptionKey: 'section.content.description',
  },
  {
    id: 'campaigns',
    path: '/campaigns',
    role: 'curator',
    labelKey: 'nav.campaigns',
    descriptionKey: 'section.campaigns.description',
  },
  {
    id: 'leaderboards',
    path: '/leaderboards',
    role: 'manager',
    labelKey: 'nav.leaderboards',
    descriptionKey: 'section.leaderboards.description',
  },
  {
    id: 'reviews',
    path: '/reviews',
    role: 'reviewer',
    labelKey: 'nav.reviews',
    descriptionKey: 'section.reviews.description',
  },
  {
    id: 'users',
    path: '/admin/users',
    role: 'admin',
    labelKey: 'nav.users',
    descriptionKey: 'section.users.description',
  },
  {
    id: 'policy',
    path: '/admin/policy',
    role: 'admin',
    labelKey: 'nav.policy',
    descriptionKey: 'section.policy.description',
  },
  {
    id: 'compliance-rules',
    path: '/admin/compliance-rules',
    role: 'admin',
    labelKey: 'nav.complianceRules',
    descriptionKey: 'section.complianceRules.description',
  },
  {
    id: 'rewards',
    path: '/admin/rewards',
    role: 'admin',
    labelKey: 'nav.rewards',
    descriptionKey: 'section.rewards.description',
  },
  {
    id: 'audit-log',
    path: '/admin/audit-log',
    role: 'admin',
    labelKey: 'nav.auditLog',
    descriptionKey: 'section.auditLog.description',
  },
] as const satisfies readonly Section[];

export type SectionId = (typeof SECTIONS)[number]['id'];

export interface SectionGroup {
  role: Role;
  sections: readonly Section[];
}

/** The sections the given roles may open, grouped by role in the order of ROLES. */
export function sectionGroupsFor(roles: readonly Role[]): SectionGroup[] {
  return ROLES.filter((role) => roles.includes(role)).map((role) => ({
    role,
    sections: SECTIONS.filter((section) => section.role === role),
  }));
}
