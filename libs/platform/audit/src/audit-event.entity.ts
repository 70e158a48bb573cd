import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export interface AuditChanges {
  change?: 'created' | 'updated' | 'deleted';
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Who changed what, when, in which organization. Append-only: the database refuses changes. */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_organization_time', ['organizationId', 'occurredAt', 'id'])
@Index('IDX_audit_event_organization_entity', ['organizationId', 'entityType', 'entityId'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** By entity name: the audit writer is platform code and does not import features. */
  @ManyToOne('Organization')
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_audit_event_organization' })
  organization?: object;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** Set when a guardian acted, from the family portal (no user then). */
  @Column({ name: 'actor_guardian_id', type: 'uuid', nullable: true })
  actorGuardianId!: string | null;

  /** The operation, e.g. `inviteMember`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb' })
  changes!: AuditChanges;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;
}
