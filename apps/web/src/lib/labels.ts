/** "share_published" or "approvedHash" -> "Share published", "Approved hash": a readable fallback for codes without a translation. */
export function humanize(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function redemptionTone(status: string): 'neutral' | 'success' | 'warning' | 'danger' {
  if (status === 'fulfilled' || status === 'approved') return 'success';
  if (status === 'rejected') return 'danger';
  if (status === 'pending') return 'warning';
  return 'neutral';
}
