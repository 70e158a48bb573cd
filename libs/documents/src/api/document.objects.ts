import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { DocumentKind } from '../model/document.enums';
import type { Document } from '../model/document.entity';

@ObjectType('Document', {
  description:
    'A file kept on a case: its record. The bytes are downloaded from `downloadPath` with the same sign-in.',
})
export class DocumentObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { nullable: true, description: 'The written request it belongs to, if any.' })
  requestId!: string | null;
  @Field(() => DocumentKind) kind!: DocumentKind;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'The date on the document (YYYY-MM-DD).' })
  documentDate!: string | null;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'Read from the file itself, never from the upload.' })
  contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => Boolean) sharedWithFamily!: boolean;
  @Field(() => ID, { nullable: true, description: 'Who added it.' })
  addedByUserId!: string | null;
  @Field(() => String, { description: 'GET it with the same bearer token: the file itself.' })
  downloadPath!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
export const DocumentConnection = ConnectionType(DocumentObject, 'Document');

export function toDocument(row: Document): DocumentObject {
  return {
    id: row.id,
    caseId: row.caseId,
    requestId: row.requestId,
    kind: row.kind,
    title: row.title,
    documentDate: row.documentDate,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sharedWithFamily: row.sharedWithFamily,
    addedByUserId: row.addedByUserId,
    downloadPath: `/documents/${row.id}/content`,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}
