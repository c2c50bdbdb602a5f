import { HandlesEvent } from '@chorus/db';
import { SHARE_LINK_CLICKED, ShareLinkClickedEvent } from '@chorus/shares';
import { InteractionFields, InteractionPointsConsumer } from './interaction-points.consumer';
import { SharePointsService } from './share-points.service';

/** The click points consumer's name on the outbox: its read marker. Never rename it. */
export const CLICK_POINTS_CONSUMER = 'click-points';

/**
 * Click points: counted clicks on a share's tracked link earn `perClick` each, within the
 * organisation's daily cap per share, once (the ledger's source is the first click's id).
 */
@HandlesEvent(SHARE_LINK_CLICKED, CLICK_POINTS_CONSUMER)
export class ClickPointsConsumer extends InteractionPointsConsumer<ShareLinkClickedEvent> {
  constructor(sharePoints: SharePointsService) {
    super(sharePoints, 'click', SHARE_LINK_CLICKED);
  }

  protected fieldsOf(payload: Partial<ShareLinkClickedEvent>): InteractionFields {
    return { ...payload, sourceId: payload.firstClickId, occurredAt: payload.clickedAt };
  }
}
