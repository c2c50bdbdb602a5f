import { ComplianceVerdictMatch } from '@chorus/compliance';
import { networkPostUrl } from '@chorus/networks';
import { ApiProperty } from '@nestjs/swagger';
import { ShareAuditEntry } from './share-audit.entity';
import { SHARE_STATUSES, ShareStatus } from './share-status';
import { Share } from './share.entity';

// Response classes: their decorators describe the answers in the OpenAPI document, from which
// the web app's types are generated. The mappers below build them as plain objects.

const WARNING_CODES: readonly ShareWarning['code'][] = ['not_own_words', 'near_duplicate', 'disclosure_missing', 'too_long'];

export class SharePreview {
  @ApiProperty({ example: 'linkedin' }) network!: string;
  @ApiProperty({ description: 'Exactly the text that will be posted, disclosure included.' }) text!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The link posted beside the text: the tracked link when the share has one' }) link!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ description: "Counted as the network counts (X's weighting)" }) characters!: number;
  @ApiProperty() limit!: number;
}

export class ShareWarning {
  @ApiProperty({ enum: WARNING_CODES, enumName: 'ShareWarningCode' }) code!: 'not_own_words' | 'near_duplicate' | 'disclosure_missing' | 'too_long';
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: "The sentence's parameters; libs/messages' SHARE_WARNING_MESSAGES names the sentence of each code, which the web app translates",
  })
  params!: Record<string, string | number>;
  @ApiProperty() message!: string;
}

export class ShareResponse {
  @ApiProperty() id!: string;
  @ApiProperty() postId!: string;
  @ApiProperty() connectionId!: string;
  @ApiProperty({ example: 'linkedin' }) network!: string;
  @ApiProperty() commentary!: string;
  @ApiProperty({ enum: SHARE_STATUSES, enumName: 'ShareStatus' }) status!: ShareStatus;
  @ApiProperty({ type: SharePreview }) preview!: SharePreview;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) approvedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) approvedHash!: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewNote!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) scheduledAt!: string | null;
  @ApiProperty({ description: 'Scheduled into a weekly slot rather than at a chosen time' }) slotted!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The network's id of the published post (LinkedIn: its URN)" }) externalId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where people see the published post on the network; null until published, and for the demo organisation’s sample history' }) postUrl!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a compliance reviewer last decided on it' }) reviewedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelledReason!: string | null;
  @ApiProperty({ type: [ShareWarning] }) warnings!: ShareWarning[];
  @ApiProperty({ type: String, nullable: true, description: "APP_URL/r/<code>: what is posted instead of the content's URL, so visits can be counted" }) trackedUrl!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where the tracked link sends visitors: the content URL with UTM parameters' }) destinationUrl!: string | null;
  @ApiProperty({ description: 'Visits of the tracked link by people (not bots or link previews), repeats within 30 minutes counted once' }) clicks!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ShareOwner {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

/** A share in the review queue, with whose it is: a reviewer may want to talk to them. */
export class ReviewItemResponse extends ShareResponse {
  @ApiProperty({ type: ShareOwner }) owner!: ShareOwner;
  @ApiProperty({ type: [ComplianceVerdictMatch], description: "The rules the text matches now, each with the words it matched, for the reviewer to see why it was held" })
  matches!: ComplianceVerdictMatch[];
}

export class AuditEntryResponse {
  @ApiProperty() id!: string;
  @ApiProperty() shareId!: string;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ example: 'approved' }) action!: string;
  @ApiProperty({ type: String, nullable: true }) fromStatus!: string | null;
  @ApiProperty() toStatus!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) detail!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function mapShare(share: Share, preview: SharePreview, warnings: ShareWarning[] = [], clicks = 0): ShareResponse {
  return {
    id: share.id,
    postId: share.postId,
    connectionId: share.connectionId,
    network: share.network,
    commentary: share.commentary,
    // Only the state machine writes a share's status, and only SHARE_STATUSES.
    status: share.status as ShareStatus,
    preview,
    approvedAt: iso(share.approvedAt),
    approvedHash: share.approvedHash,
    reviewNote: share.reviewNote,
    scheduledAt: iso(share.scheduledAt),
    slotted: share.slotted,
    publishedAt: iso(share.publishedAt),
    externalId: share.externalId,
    // Demo history never reached a network: there is no post to link to.
    postUrl: share.demo ? null : networkPostUrl(share.network, share.externalId),
    reviewedAt: iso(share.reviewedAt),
    lastError: share.lastError,
    cancelledReason: share.cancelledReason,
    warnings,
    trackedUrl: share.trackingCode ? share.link : null,
    destinationUrl: share.destinationUrl,
    clicks,
    createdAt: share.createdAt.toISOString(),
    updatedAt: share.updatedAt.toISOString(),
  };
}

export function mapAuditEntry(entry: ShareAuditEntry): AuditEntryResponse {
  return {
    id: entry.id,
    shareId: entry.shareId,
    actorId: entry.actorId,
    action: entry.action,
    fromStatus: entry.fromStatus,
    toStatus: entry.toStatus,
    detail: entry.detail,
    createdAt: entry.createdAt.toISOString(),
  };
}

export class AuditPerson {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Empty when the person is no longer in the organisation' }) name!: string;
}

/** One line of the audit log: a share transition or an admin or security action. */
export class AuditEventResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['share', 'admin'], description: 'share: a transition of a share; admin: an admin or security action' }) kind!: 'share' | 'admin';
  @ApiProperty({ example: 'approve' }) action!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: AuditPerson, nullable: true, description: 'Null when the system acted' }) actor!: AuditPerson | null;
  @ApiProperty({ type: String, nullable: true }) shareId!: string | null;
  @ApiProperty({ type: AuditPerson, nullable: true, description: 'Whose share it is, for share transitions' }) shareOwner!: AuditPerson | null;
  @ApiProperty({ example: 'user', description: 'What the action was about: share, user, team, organization, policy, complianceRule, connection, apiKey, …' }) targetType!: string;
  @ApiProperty({ type: String, nullable: true }) targetId!: string | null;
  @ApiProperty({ type: AuditPerson, nullable: true, description: 'The person, when the target is a user' }) targetUser!: AuditPerson | null;
  @ApiProperty({ type: String, nullable: true }) fromStatus!: string | null;
  @ApiProperty({ type: String, nullable: true }) toStatus!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) detail!: Record<string, unknown> | null;
}

export class AuditEventsResponse {
  @ApiProperty({ type: [AuditEventResponse] }) entries!: AuditEventResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next (older) page; null at the end' }) nextCursor!: string | null;
}
