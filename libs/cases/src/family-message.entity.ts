import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { Guardian } from '@onrecord/families';
import { Case } from './case.entity';

/** The longest message a family may send (a few paragraphs; documents come later). */
export const FAMILY_MESSAGE_MAX = 2000;

/**
 * A short message a guardian sent to the case's advocates from the family portal. It is
 * evidence like a note, so it is never edited or archived: it shows on the case timeline and
 * in the advocates' digest. Here, beside the case, so the timeline and the digest can read
 * it; the portal writes it.
 */
@Entity({ name: 'family_message' })
@Unique('UQ_family_message_organization_id', ['organizationId', 'id'])
@Index('IDX_family_message_case', ['organizationId', 'caseId', 'createdAt'])
@Check('CHK_family_message_body', `length(btrim("body")) BETWEEN 1 AND ${FAMILY_MESSAGE_MAX}`)
export class FamilyMessage extends TenantRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_family_message_case', 'case_id'))
  case?: Case;

  /** Who wrote it: the guardian of the case's family who was signed in. */
  @Column({ name: 'guardian_id', type: 'uuid' })
  guardianId!: string;

  @ManyToOne(() => Guardian, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_family_message_guardian', 'guardian_id'))
  guardian?: Guardian;

  @Column({ type: 'text' })
  body!: string;
}
