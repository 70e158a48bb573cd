import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Organization } from '@onrecord/organizations';
import { sqlList, TenantRecord } from '@onrecord/platform/database';
import { IMPORT_KINDS, type ColumnMapping, type ImportKind } from './import-fields';

/**
 * The columns an admin last mapped for a kind of import: offered again for the next file,
 * so a spreadsheet's columns are mapped once. One per organization and kind.
 */
@Entity({ name: 'import_mapping' })
@Unique('UQ_import_mapping_organization_id', ['organizationId', 'id'])
@Unique('UQ_import_mapping_kind', ['organizationId', 'kind'])
@Check('CHK_import_mapping_kind', `"kind" IN (${sqlList(IMPORT_KINDS)})`)
export class ImportMapping extends TenantRecord {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_import_mapping_organization',
  })
  organization?: Organization;

  @Column({ type: 'text' })
  kind!: ImportKind;

  /** Field key → header, as the file wrote it. */
  @Column({ type: 'jsonb' })
  columns!: ColumnMapping;
}
