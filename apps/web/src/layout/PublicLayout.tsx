import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame for pages seen before signing in: brand, language, and a centred card. */
export function PublicLayout({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="public-layout">
      <header className="public-header">
        <Brand />
        <LanguageSwitch />
      </header>
      <main id="main" className="public-main">
        <div className="card public-card">
          {title !== undefined && <h1 className="public-title">{title}</h1>}
          {children}
        </div>
      </main>
    </div>
  );
}
