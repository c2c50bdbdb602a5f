import { IsDefined, IsIn, IsOptional, IsString } from 'class-validator';
import { LinkedinApiException } from '../../common/sandbox-exceptions';
import type { Engagement } from '../engagement';
import { REQUIRED } from './create-post.dto';

export const POST_ANALYTICS_METRICS = ['IMPRESSION', 'MEMBERS_REACHED', 'RESHARE', 'REACTION', 'COMMENT'] as const;
export type PostAnalyticsMetric = (typeof POST_ANALYTICS_METRICS)[number];

const METRIC_TYPE = 'com.linkedin.adsexternalapi.memberanalytics.v1.CreatorPostAnalyticsMetricTypeV1';

/**
 * `GET /rest/memberCreatorPostAnalytics?q=entity&entity=(share:<urn>)&queryType=IMPRESSION&aggregation=TOTAL`
 * (needs `r_member_postAnalytics`). The entity is a Rest.li 2.0 union: `(share:…)` or `(ugc:…)`.
 */
export class PostAnalyticsQueryDto {
  @IsDefined(REQUIRED) @IsIn(['entity'], { message: '"$value" is not a finder of memberCreatorPostAnalytics' }) q!: string;
  @IsDefined(REQUIRED) @IsString({ message: 'must be a string' }) entity!: string;
  @IsDefined(REQUIRED) @IsIn(POST_ANALYTICS_METRICS, { message: `"$value" is not one of ${POST_ANALYTICS_METRICS.join(', ')}` }) queryType!: string;
  @IsOptional() @IsIn(['TOTAL', 'DAILY'], { message: '"$value" is not one of TOTAL, DAILY' }) aggregation?: string;
}

export interface AnalyticsEntity {
  kind: 'share' | 'ugc';
  urn: string;
}

export function parseAnalyticsEntity(entity: string): AnalyticsEntity {
  const match = /^\((share|ugc):(urn:li:(?:share|ugcPost):\d+)\)$/.exec(entity);
  if (!match) throw new LinkedinApiException({ status: 400, message: `"${entity}" is not a share or ugc post entity` });
  return { kind: match[1] as 'share' | 'ugc', urn: match[2] };
}

export interface PostAnalyticsPageDto {
  elements: { count: number; metricType: Record<string, PostAnalyticsMetric>; targetEntity: Record<string, string> }[];
  paging: { start: number; count: number; links: unknown[] };
}

/** The total of one metric (members reached: two thirds of the impressions). */
export function mapPostAnalytics(target: AnalyticsEntity, metric: PostAnalyticsMetric, engagement: Engagement): PostAnalyticsPageDto {
  const count = {
    IMPRESSION: engagement.impressions,
    MEMBERS_REACHED: Math.floor((engagement.impressions * 2) / 3),
    RESHARE: engagement.reshares,
    REACTION: engagement.likes,
    COMMENT: engagement.comments,
  }[metric];
  return {
    elements: [{ count, metricType: { [METRIC_TYPE]: metric }, targetEntity: { [target.kind]: target.urn } }],
    paging: { start: 0, count: 10, links: [] },
  };
}
