import { ShareAuditEntry } from './share-audit.entity';
import { Share } from './share.entity';

export interface SharePreview {
  network: string;
  /** Exactly the text that will be posted, disclosure included. */
  text: string;
  link: string | null;
  title: string | null;
  description: string | null;
  characters: number;
  limit: number;
}

export interface ShareWarning {
  code: 'not_own_words' | 'near_duplicate' | 'disclosure_missing' | 'too_long';
  message: string;
}

export interface ShareResponse {
  id: string;
  postId: string;
  connectionId: string;
  network: string;
  commentary: string;
  status: string;
  preview: SharePreview;
  approvedAt: string | null;
  approvedHash: string | null;
  reviewNote: string | null;
  scheduledAt: string | null;
  slotted: boolean;
  publishedAt: string | null;
  externalId: string | null;
  lastError: string | null;
  cancelledReason: string | null;
  warnings: ShareWarning[];
  createdAt: string;
  updatedAt: string;
}

/** A share in the review queue, with whose it is: a reviewer may want to talk to them. */
export interface ReviewItemResponse extends ShareResponse {
  owner: { id: string; name: string };
}

export interface AuditEntryResponse {
  id: string;
  shareId: string;
  actorId: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  detail: Record<string, unknown> | null;
  createdAt: string;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function mapShare(share: Share, preview: SharePreview, warnings: ShareWarning[] = []): ShareResponse {
  return {
    id: share.id,
    postId: share.postId,
    connectionId: share.connectionId,
    network: share.network,
    commentary: share.commentary,
    status: share.status,
    preview,
    approvedAt: iso(share.approvedAt),
    approvedHash: share.approvedHash,
    reviewNote: share.reviewNote,
    scheduledAt: iso(share.scheduledAt),
    slotted: share.slotted,
    publishedAt: iso(share.publishedAt),
    externalId: share.externalId,
    lastError: share.lastError,
    cancelledReason: share.cancelledReason,
    warnings,
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
