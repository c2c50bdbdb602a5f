import { APP_CONFIG, AppConfig } from '@chorus/config';
import { AuthUser, requireRole, Role } from '@chorus/identity';
import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { LinkPreview, LinkPreviewError, LinkPreviewFetcher } from './link-preview.fetcher';

export type { LinkPreview } from './link-preview.fetcher';

/** Prefills a post from its page; failures are sentences, and the curator can always type. */
@Injectable()
export class LinkPreviewService {
  private readonly fetcher: LinkPreviewFetcher;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.fetcher = new LinkPreviewFetcher({ allowedHosts: config.linkPreview.allowedHosts });
  }

  async preview(actor: AuthUser, url: string): Promise<LinkPreview> {
    requireRole(actor, [Role.Curator, Role.Admin], 'action.fetchLinkPreviews');
    try {
      return await this.fetcher.fetch(url);
    } catch (error) {
      if (error instanceof LinkPreviewError) throw new UnprocessableEntityException(error.userMessage);
      throw error;
    }
  }
}
