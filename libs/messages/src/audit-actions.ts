/**
 * The admin and security actions the audit log records (identity's AuditTrail writes them; the
 * web app lists them in the audit log's filter and translates each as `audit.action.<name>`).
 */
export const AUDIT_ACTIONS = [
  'auth.signedIn',
  'auth.passwordReset',
  'user.invited',
  'user.updated',
  'user.rolesChanged',
  'user.deactivated',
  'users.imported',
  'team.created',
  'team.updated',
  'organization.updated',
  'policy.published',
  'complianceRule.created',
  'complianceRule.deleted',
  'pointsRules.updated',
  'connection.connected',
  'connection.disconnected',
  'apiKey.created',
  'apiKey.revoked',
  'analyticsSettings.updated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
