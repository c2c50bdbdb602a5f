import { useState, type CSSProperties } from 'react';
import { hostOf } from '../lib/text';

/**
 * A post's picture, or a calm placeholder naming the site when there is none (or it cannot
 * load). Decorative: the title next to it says what the post is.
 */
export function PostImage({ imageUrl, url, title }: { imageUrl: string | null; url: string | null; title: string }) {
  const [failed, setFailed] = useState(false);
  const host = hostOf(url);
  if (imageUrl && !failed) {
    return <img className="post-image" src={imageUrl} alt="" loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(true)} />;
  }
  // The hue follows the title, so posts look different from each other but the same every time.
  let hash = 0;
  for (const char of title) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  return (
    <div className="post-image post-image-placeholder" style={{ '--hue': hash } as CSSProperties} aria-hidden="true">
      <span>{host ?? title.slice(0, 1)}</span>
    </div>
  );
}
