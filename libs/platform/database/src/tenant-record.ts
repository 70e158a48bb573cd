import {
  Column,
  CreateDateColumn,
  type JoinColumnOptions,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * The columns every tenant-owned record has. An entity extends it and adds, on its class,
 * `@Unique('UQ_<table>_organization_id', ['organizationId', 'id'])` — the key its children
 * reference — and its migration ends with `SELECT app_protect_tenant_table('<table>')`.
 */
export abstract class TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A tenant record that can be archived: hidden from lists, never deleted by archiving. */
export abstract class ArchivableTenantRecord extends TenantRecord {
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}

/**
 * The join of a reference to another tenant record through `(organization_id, <column>)`,
 * so PostgreSQL refuses a parent id of another organization, however it was guessed.
 * Use as `@JoinColumn(tenantJoin('FK_student_family', 'family_id'))` under `@ManyToOne`.
 */
export function tenantJoin(constraint: string, column: string): JoinColumnOptions[] {
  return [
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: constraint,
    },
    { name: column, referencedColumnName: 'id', foreignKeyConstraintName: constraint },
  ];
}
