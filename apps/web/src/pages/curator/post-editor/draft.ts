import { LINKEDIN_COMMENTARY_MAX_CHARACTERS, X_POST_MAX_WEIGHT } from '@chorus/networks';
import type { PostDraft } from '../../../api/content';
import type { Post } from '../../../api/models';
import type { MessageKey } from '../../../i18n/en';
import { parseHashtags, xWeightedLength } from '../../../lib/text';
import { fromLocalInput, toLocalInput } from '../../../lib/time';

/** The post editor's form, as text the curator types. */
export interface Draft {
  title: string;
  url: string;
  description: string;
  imageUrl: string;
  suggestedCommentary: string;
  linkedin: string;
  x: string;
  hashtags: string;
  teamIds: string[];
  campaignId: string;
  publishAt: string;
  expiresAt: string;
  featured: boolean;
  points: string;
  requireOwnCommentary: boolean;
}

export function draftOf(post: Post | null, zone: string): Draft {
  return {
    title: post?.title ?? '',
    url: post?.url ?? '',
    description: post?.description ?? '',
    imageUrl: post?.imageUrl ?? '',
    suggestedCommentary: post?.suggestedCommentary ?? '',
    linkedin: post?.variants.linkedin ?? '',
    x: post?.variants.x ?? '',
    hashtags: post?.hashtags.join(' ') ?? '',
    teamIds: post?.teamIds ?? [],
    campaignId: post?.campaignId ?? '',
    publishAt: toLocalInput(post?.publishAt, zone),
    expiresAt: toLocalInput(post?.expiresAt, zone),
    featured: post?.featured ?? false,
    points: post?.points === null || post?.points === undefined ? '' : String(post.points),
    requireOwnCommentary: post?.requireOwnCommentary ?? false,
  };
}

export type FieldErrors = Partial<Record<keyof Draft, string>>;

/** The post to send, or the problems to show next to the fields (times are in `zone`). */
export function postFromDraft(draft: Draft, zone: string, t: (key: MessageKey) => string): { input: PostDraft | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (draft.title.trim() === '') errors.title = t('content.required');
  if (draft.suggestedCommentary.trim() === '') errors.suggestedCommentary = t('content.required');
  if (draft.url.trim() !== '' && !/^https?:\/\/\S+$/.test(draft.url.trim())) errors.url = t('content.badUrl');
  if (draft.imageUrl.trim() !== '' && !/^https:\/\/\S+$/.test(draft.imageUrl.trim())) errors.imageUrl = t('content.badImageUrl');
  if ([...draft.linkedin].length > LINKEDIN_COMMENTARY_MAX_CHARACTERS) errors.linkedin = t('content.tooLong');
  if (xWeightedLength(draft.x) > X_POST_MAX_WEIGHT) errors.x = t('content.tooLong');
  const publishAt = draft.publishAt ? fromLocalInput(draft.publishAt, zone) : null;
  const expiresAt = draft.expiresAt ? fromLocalInput(draft.expiresAt, zone) : null;
  if (publishAt && expiresAt && expiresAt <= publishAt) errors.expiresAt = t('content.expiryBeforeStart');
  const points = draft.points.trim() === '' ? null : Number(draft.points);
  if (points !== null && (!Number.isInteger(points) || points < 0 || points > 10000)) errors.points = t('content.badPoints');
  if (Object.values(errors).some(Boolean)) return { input: null, errors };
  const empty = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    errors,
    input: {
      title: draft.title.trim(),
      url: empty(draft.url),
      description: empty(draft.description),
      imageUrl: empty(draft.imageUrl),
      suggestedCommentary: draft.suggestedCommentary,
      variants: { ...(draft.linkedin.trim() ? { linkedin: draft.linkedin } : {}), ...(draft.x.trim() ? { x: draft.x } : {}) },
      hashtags: parseHashtags(draft.hashtags),
      teamIds: draft.teamIds,
      campaignId: draft.campaignId || null,
      publishAt,
      expiresAt,
      featured: draft.featured,
      points,
      requireOwnCommentary: draft.requireOwnCommentary,
    },
  };
}
