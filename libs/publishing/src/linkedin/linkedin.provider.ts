import { APP_CONFIG, AppConfig } from '@chorus/config';
import { Inject, Injectable } from '@nestjs/common';
import { AxiosError } from 'axios';
import { DuplicatePostError, Engagement, EngagementRequest, NetworkLimits, NetworkProvider, PermanentRejectionError, PublishRequest, RetryableNetworkError, TokenRejectedError } from '../providers/network-provider';
import { LinkedinClients } from './linkedin-clients';
import { escapeLittleText, NETWORK_LIMITS, NETWORK_POST_URLS, unescapeLittleText } from '@chorus/networks';

/** Errors that mean the request never left this machine, so the post cannot exist. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL']);

interface LinkedinErrorBody {
  message?: string;
  serviceErrorCode?: number;
  status?: number;
}

/** LinkedIn's versioned Posts API through the official `linkedin-api-client`. */
@Injectable()
export class LinkedinProvider extends NetworkProvider {
  readonly network = 'linkedin';
  readonly limits: NetworkLimits;

  constructor(
    private readonly clients: LinkedinClients,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.limits = { ...NETWORK_LIMITS.linkedin, memberDailyPosts: config.publishing.memberDailyLimit };
  }

  /** Little text: every reserved character escaped, hashtags as LinkedIn's hashtag template. */
  format(text: string): string {
    return escapeLittleText(text, { hashtags: true });
  }

  /** A post's page, as libs/networks builds it for the share responses too. */
  postUrl(externalId: string): string {
    return NETWORK_POST_URLS.linkedin(externalId);
  }

  async publish(request: PublishRequest): Promise<{ externalId: string }> {
    const entity: Record<string, unknown> = {
      author: `urn:li:person:${request.memberId}`,
      commentary: this.format(request.text),
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    };
    if (request.link) {
      // LinkedIn does not scrape links: the article's title and description come from us.
      entity.content = { article: { source: request.link, title: request.title ?? request.link, ...(request.description ? { description: request.description } : {}) } };
    }
    try {
      const response = await this.clients.restli.create({ resourcePath: '/posts', entity, accessToken: request.accessToken, versionString: this.clients.apiVersion });
      return { externalId: String(response.createdEntityId) };
    } catch (error) {
      throw this.translate(error);
    }
  }

  async findExisting(request: PublishRequest, since: Date): Promise<{ externalId: string } | null | 'unsupported'> {
    // Listing a member's posts needs r_member_social, which LinkedIn grants only to partners.
    if (!request.scopes.includes('r_member_social')) return 'unsupported';
    try {
      const response = await this.clients.restli.finder({
        resourcePath: '/posts',
        finderName: 'author',
        queryParams: { author: `urn:li:person:${request.memberId}`, count: 50, sortBy: 'LAST_MODIFIED' },
        accessToken: request.accessToken,
        versionString: this.clients.apiVersion,
      });
      const wanted = unescapeLittleText(this.format(request.text));
      const elements = (response.data as { elements?: { id: string; commentary?: string; createdAt?: number }[] }).elements ?? [];
      const match = elements.find((post) => (post.createdAt ?? 0) >= since.getTime() - 60_000 && unescapeLittleText(post.commentary ?? '') === wanted);
      return match ? { externalId: match.id } : null;
    } catch (error) {
      throw this.translate(error);
    }
  }

  /**
   * With `r_member_postAnalytics`: member post analytics, one total per metric (impressions
   * included). Otherwise, with `r_member_social`: the post's social actions, which count likes
   * and comments only (no reshares, no impressions). Without either, LinkedIn tells us nothing.
   */
  async readEngagement(request: EngagementRequest, externalId: string): Promise<Engagement | 'unsupported'> {
    try {
      if (request.scopes.includes('r_member_postAnalytics')) {
        const [impressions, reactions, comments, reshares] = await Promise.all(
          (['IMPRESSION', 'REACTION', 'COMMENT', 'RESHARE'] as const).map((metric) => this.postMetric(request.accessToken, externalId, metric)),
        );
        return { reactions, comments, reshares, impressions };
      }
      if (!request.scopes.includes('r_member_social')) return 'unsupported';
      const response = await this.clients.restli.get({ resourcePath: '/socialActions/{id}', pathKeys: { id: externalId }, accessToken: request.accessToken, versionString: this.clients.apiVersion });
      const data = response.data as { likesSummary?: { totalLikes?: number }; commentsSummary?: { aggregatedTotalComments?: number } };
      return { reactions: data.likesSummary?.totalLikes ?? 0, comments: data.commentsSummary?.aggregatedTotalComments ?? 0, reshares: 0, impressions: null };
    } catch (error) {
      throw this.translate(error);
    }
  }

  /** One lifetime total of member post analytics (`aggregation=TOTAL`). */
  private async postMetric(accessToken: string, externalId: string, metric: 'IMPRESSION' | 'REACTION' | 'COMMENT' | 'RESHARE'): Promise<number> {
    const entity = externalId.startsWith('urn:li:ugcPost:') ? { ugc: externalId } : { share: externalId };
    const response = await this.clients.restli.finder({
      resourcePath: '/memberCreatorPostAnalytics',
      finderName: 'entity',
      queryParams: { entity, queryType: metric, aggregation: 'TOTAL' },
      accessToken,
      versionString: this.clients.apiVersion,
    });
    const elements = (response.data as { elements?: { count?: number }[] }).elements ?? [];
    return elements.reduce((sum, element) => sum + (element.count ?? 0), 0);
  }

  async revoke(token: string): Promise<void> {
    try {
      await this.clients.revokeToken(token);
    } catch (error) {
      // Never the AxiosError itself: its config holds the form with the token and the secret.
      throw this.translateRevoke(error);
    }
  }

  private translateRevoke(error: unknown): Error {
    if (!(error instanceof AxiosError)) return new Error(`Revoking at LinkedIn failed: ${error instanceof Error ? error.message : String(error)}`);
    const response = error.response;
    if (!response) return new RetryableNetworkError(`LinkedIn did not answer the revocation (${error.code ?? 'no answer'}).`, true);
    const body = (response.data ?? {}) as { error?: string; error_description?: string };
    const said = body.error ? `: ${body.error}${body.error_description ? ` (${body.error_description})` : ''}` : '';
    if (response.status === 429 || response.status >= 500) return new RetryableNetworkError(`LinkedIn could not revoke the token now (${response.status})${said}.`, true);
    return new PermanentRejectionError(`LinkedIn refused to revoke the token (${response.status})${said}.`);
  }

  private translate(error: unknown): Error {
    if (!(error instanceof AxiosError)) return error instanceof Error ? error : new Error(String(error));
    const response = error.response;
    if (!response) {
      const sent = !NOT_SENT.has(error.code ?? '');
      return new RetryableNetworkError(
        sent ? `LinkedIn did not answer (${error.code ?? error.message}); the post may or may not exist.` : `LinkedIn could not be reached (${error.code}).`,
        sent,
      );
    }
    const body = (response.data ?? {}) as LinkedinErrorBody;
    const said = body.message ? `: ${body.message}` : '';
    if (response.status === 401) return new TokenRejectedError(`LinkedIn no longer accepts this connection's token${said}. Reconnect LinkedIn.`);
    if (response.status === 403) return new TokenRejectedError(`LinkedIn refused the permission to post${said}. Reconnect LinkedIn and allow posting.`);
    if (response.status === 429) return new RetryableNetworkError('LinkedIn rate limit reached (429); trying again later.', false, retryAfterMs(response.headers?.['retry-after']));
    if (response.status >= 500) return new RetryableNetworkError(`LinkedIn had a server error (${response.status})${said}.`, true);
    const duplicate = /duplicate of (urn:li:(?:share|ugcPost):\d+)/i.exec(body.message ?? '');
    if (response.status === 422 && duplicate) return new DuplicatePostError(`LinkedIn already has this post (${duplicate[1]}).`, duplicate[1]);
    return new PermanentRejectionError(`LinkedIn refused the post (${response.status})${said}.`);
  }
}

/** A Retry-After header (seconds, or an HTTP date) in milliseconds; null when absent or unreadable. */
function retryAfterMs(header: unknown): number | null {
  if (typeof header !== 'string' || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}
