import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One counted visit of a share's tracked link. No address is kept: `visitorHash` is a keyed hash
 * of the address and browser whose key changes every UTC day, so a visitor can be recognised
 * for 30 minutes but never traced across days or back to an address.
 */
@Entity('link_clicks')
@Index('link_clicks_share_visitor_idx', ['shareId', 'visitorHash', 'clickedAt'])
@Index('link_clicks_organization_idx', ['organizationId', 'clickedAt'])
export class LinkClick {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() shareId!: string;
  @Column({ type: 'varchar', length: 64 }) visitorHash!: string;
  @UtcDateColumn() clickedAt!: Date;
}

/** The key of one UTC day's visitor hashes; deleted once the day is over, so old hashes cannot be recomputed. */
@Entity('click_salts')
export class ClickSalt {
  @PrimaryColumn({ type: 'varchar', length: 10 }) day!: string;
  @Column({ type: 'varchar', length: 64 }) salt!: string;
  @UtcDateColumn() createdAt!: Date;
}
