/** Where a notification leads in the web app (its routes, apps/web/src/App.tsx and sections). */
export const NOTIFICATION_LINKS = {
  home: () => '/',
  share: (shareId: string) => `/shares/${shareId}`,
  /** The composer of a new share of this post. */
  composer: (postId: string) => `/feed/${postId}/share`,
  connections: () => '/connections',
  reviews: () => '/reviews',
  points: () => '/points',
  policy: () => '/policy',
  organization: () => '/admin/organization',
} as const;
