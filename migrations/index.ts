// Every migration, oldest first. `npm run migration:generate -- <Name>` adds to this list.
import { InitialIdentity1795289854781 } from './1795289854781-initial-identity';
export const MIGRATIONS = [InitialIdentity1795289854781];
