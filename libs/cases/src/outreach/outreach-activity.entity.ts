import { Check, Column, Entity, Index, Unique } from 'typeorm';
import { ArchivableTenantRecord, sqlList } from '@onrecord/platform/database';
import { OutreachFormat, OutreachKind } from './outreach.enums';

/**
 * A training or an outreach event the organization held: when, how, in which language, about
 * what, and how many parents, professionals and students it reached (counted, not named: the
 * people at a workshop are not the organization's clients).
 */
@Entity({ name: 'outreach_activity' })
@Unique('UQ_outreach_activity_organization_id', ['organizationId', 'id'])
@Index('IDX_outreach_activity_held', ['organizationId', 'heldOn'])
@Check('CHK_outreach_activity_kind', `"kind" IN (${sqlList(Object.values(OutreachKind))})`)
@Check('CHK_outreach_activity_format', `"format" IN (${sqlList(Object.values(OutreachFormat))})`)
@Check(
  'CHK_outreach_activity_people',
  `"parents" >= 0 AND "professionals" >= 0 AND "students" >= 0`,
)
@Check('CHK_outreach_activity_title', `length(btrim("title")) > 0`)
export class OutreachActivity extends ArchivableTenantRecord {
  @Column({ type: 'text' })
  kind!: OutreachKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  format!: OutreachFormat;

  /** The language it was held in (ISO 639-1). */
  @Column({ type: 'text', default: 'en' })
  language!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Column({ type: 'integer', default: 0 })
  parents!: number;

  @Column({ type: 'integer', default: 0 })
  professionals!: number;

  @Column({ type: 'integer', default: 0 })
  students!: number;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId!: string | null;
}
