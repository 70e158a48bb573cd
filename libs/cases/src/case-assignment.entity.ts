import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { Membership } from '@onrecord/organizations';
import { Case } from './case.entity';

/** An advocate (a member) assigned to a case. Removing the member unassigns them. */
@Entity({ name: 'case_assignment' })
@Unique('UQ_case_assignment_organization_id', ['organizationId', 'id'])
@Unique('UQ_case_assignment_case_member', ['caseId', 'membershipId'])
@Index('IDX_case_assignment_member', ['organizationId', 'membershipId'])
export class CaseAssignment extends TenantRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_case_assignment_case', 'case_id'))
  case?: Case;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_case_assignment_membership', 'membership_id'))
  membership?: Membership;
}
