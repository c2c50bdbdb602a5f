import type { ReactNode } from 'react';

interface FormCardProps {
  /** The heading's id, which names the section for assistive technology. */
  id: string;
  title: string;
  /** A single column of fields, not the page's full width. */
  narrow?: boolean;
  testId?: string;
  children: ReactNode;
}

/** A card holding a form or a part of one, named by its heading. */
export function FormCard({ id, title, narrow = false, testId, children }: FormCardProps) {
  return (
    <section className={`card form-card${narrow ? ' narrow' : ''}`} aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
