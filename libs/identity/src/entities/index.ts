export * from './invite.entity';
export * from './organization.entity';
export * from './refresh-session.entity';
export * from './team-membership.entity';
export * from './team.entity';
export * from './user.entity';
export * from './password-reset.entity';
export * from './audit-event.entity';
