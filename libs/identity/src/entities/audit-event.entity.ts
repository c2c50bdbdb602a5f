import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/**
 * An admin or security action: who changed a rule, a policy, a role or a setting, imported
 * people, signed in, connected or disconnected an account. Share transitions have their own
 * table (`share_audit_log`); the audit log shows both. Append-only.
 */
@Entity('audit_events')
@Index('audit_events_organization_idx', ['organizationId', 'createdAt'])
@Index('audit_events_actor_idx', ['actorId', 'createdAt'])
export class AuditEvent {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  /** Null when the system acted. */
  @RefColumn({ nullable: true }) actorId!: string | null;
  /** What happened, e.g. `user.rolesChanged`, `policy.published`, `auth.signedIn`. */
  @Column({ type: 'varchar', length: 60 }) action!: string;
  /** What it happened to: `user`, `team`, `organization`, `policy`, `complianceRule`, `connection`, `apiKey`, `pointsRules`, … */
  @Column({ type: 'varchar', length: 30 }) targetType!: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) targetId!: string | null;
  /** What a reader needs to understand it (names, old and new values); never a secret. */
  @Column({ type: 'simple-json', nullable: true }) detail!: Record<string, unknown> | null;
  @UtcDateColumn() createdAt!: Date;
}
