// Every migration, oldest first. `npm run migration:generate -- <Name>` adds to this list.
import { SharesPublishedIndex1796410288734 } from './1796410288734-shares-published-index';
import { CampaignObjectives1796232402491 } from './1796232402491-campaign-objectives';
import { AnalyticsAndConversions1796231098886 } from './1796231098886-analytics-and-conversions';
import { AuditEvents1796230359490 } from './1796230359490-audit-events';
import { SharesConnectionIndex1796230067163 } from './1796230067163-shares-connection-index';
import { EngagementSnapshots1796229776367 } from './1796229776367-engagement-snapshots';
import { TrackedLinks1796229045361 } from './1796229045361-tracked-links';
import { MailAndPasswordResets1796186640446 } from './1796186640446-mail-and-password-resets';
import { ChatWebhooks1796163439970 } from './1796163439970-chat-webhooks';
import { NotificationCodes1796162941107 } from './1796162941107-notification-codes';
import { SignInFamilies1796160116521 } from './1796160116521-sign-in-families';
import { AddTokenRevocations1796160319176 } from './1796160319176-add-token-revocations';
import { OutboxConsumers1796160967750 } from './1796160967750-outbox-consumers';
import { Gamification1795292689121 } from './1795292689121-gamification';
import { SharesAndPublishing1795291354720 } from './1795291354720-shares-and-publishing';
import { InitialIdentity1795289854781 } from './1795289854781-initial-identity';
export const MIGRATIONS = [InitialIdentity1795289854781, SharesAndPublishing1795291354720, Gamification1795292689121, SignInFamilies1796160116521, AddTokenRevocations1796160319176, OutboxConsumers1796160967750, NotificationCodes1796162941107, ChatWebhooks1796163439970, MailAndPasswordResets1796186640446, TrackedLinks1796229045361, EngagementSnapshots1796229776367, SharesConnectionIndex1796230067163, AuditEvents1796230359490, AnalyticsAndConversions1796231098886, CampaignObjectives1796232402491, SharesPublishedIndex1796410288734];
