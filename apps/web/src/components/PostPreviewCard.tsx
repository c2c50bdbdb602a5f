import { useT } from '../i18n/I18nContext';
import { highlightPieces } from '../lib/highlight';
import { hostOf, initials } from '../lib/text';

interface PostPreviewCardProps {
  authorName: string;
  network: string;
  text: string;
  link: string | null;
  title: string | null;
  description: string | null;
  imageUrl?: string | null;
  /** When it was posted, in words; null for a time still to come (said elsewhere); "now" when not given. */
  when?: string | null;
  /** Words to mark in the text where they occur (e.g. what a compliance rule matched). */
  highlights?: readonly string[];
  testId?: string;
}

/** Roughly how the post will look on the network: author, the exact text, and the link card. */
export function PostPreviewCard({ authorName, network, text, link, title, description, imageUrl, when, highlights = [], testId = 'preview' }: PostPreviewCardProps) {
  const t = useT();
  const host = hostOf(link);
  const networkName = t(`network.${network === 'x' ? 'x' : 'linkedin'}`);
  return (
    <article className="post-preview" data-network={network} data-testid={testId} aria-label={t('preview.label')}>
      <header className="post-preview-author">
        <span className="avatar" aria-hidden="true">
          {initials(authorName)}
        </span>
        <span>
          <span className="post-preview-name">{authorName}</span>
          <span className="post-preview-meta" data-testid={`${testId}-meta`}>
            {when ? t('preview.metaAt', { network: networkName, when }) : when === null ? t('preview.metaLater', { network: networkName }) : t('preview.meta', { network: networkName })}
          </span>
        </span>
      </header>
      <div className="post-preview-text" data-testid={`${testId}-text`}>
        {text === '' ? (
          <span className="muted">{t('preview.empty')}</span>
        ) : highlights.length === 0 ? (
          text
        ) : (
          highlightPieces(text, highlights).map((piece, index) => (piece.marked ? <mark key={index}>{piece.text}</mark> : piece.text))
        )}
      </div>
      {(title || host) && (
        <div className="post-preview-link">
          {imageUrl && <PreviewImage src={imageUrl} />}
          <div className="post-preview-link-body">
            {title && <span className="post-preview-link-title">{title}</span>}
            {description && <span className="post-preview-link-description">{description}</span>}
            {host && <span className="post-preview-link-host">{host}</span>}
          </div>
        </div>
      )}
    </article>
  );
}

function PreviewImage({ src }: { src: string }) {
  return (
    <img
      className="post-preview-image"
      src={src}
      alt=""
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={(event) => {
        event.currentTarget.hidden = true;
      }}
    />
  );
}
