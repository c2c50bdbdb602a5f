/** The address of a campaign's printable report; a range of days when one was chosen, else the campaign's own days. */
export function campaignReportPath(campaignId: string, range: { from?: string; to?: string } = {}): string {
  const query = new URLSearchParams();
  if (range.from) query.set('from', range.from);
  if (range.to) query.set('to', range.to);
  const search = query.toString();
  return `/campaigns/${encodeURIComponent(campaignId)}/report${search ? `?${search}` : ''}`;
}
