// The whole schema in one list, for data sources, the migration generator and the drift test.
// Not exported from the lib's index: entities import '@chorus/db', and this imports them.
import { Invite, Organization, RefreshSession, Team, TeamMembership, User } from '@chorus/identity/entities';
import { MIGRATIONS } from '@chorus/migrations';
import { Notification } from '@chorus/notifications/notification.entity';
import { SchemaDefinition } from './data-source';

export const ENTITIES = [Organization, User, Team, TeamMembership, Invite, RefreshSession, Notification];

export const CHORUS_SCHEMA: SchemaDefinition = { entities: ENTITIES, migrations: MIGRATIONS };
