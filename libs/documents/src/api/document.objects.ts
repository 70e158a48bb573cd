import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { DocumentKind } from '../model/document.enums';
import type { Document } from '../model/document.entity';

/** Where a document came from, which says who added it. */
export enum DocumentSource {
  CONSOLE = 'CONSOLE',
  FAMILY = 'FAMILY',
  EMAIL = 'EMAIL',
}
registerEnumType(DocumentSource, {
  name: 'DocumentSource',
  description:
    'Who added a document: a member from the console (addedByUserId), the family from their portal (addedByGuardianId), or a captured reply it came attached to (addedByEmail, its sender).',
});

@ObjectType('Document', {
  description:
    'A file kept on a case: its record. The bytes are downloaded from `downloadPath` with the same sign-in.',
})
export class DocumentObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { nullable: true, description: 'The written request it belongs to, if any.' })
  requestId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The school response it belongs to, if any.' })
  responseId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The meeting it belongs to, if any.' })
  meetingId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The attendance week it belongs to, if any: its Monday (YYYY-MM-DD).',
  })
  attendanceWeek!: string | null;
  @Field(() => DocumentKind) kind!: DocumentKind;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'The date on the document (YYYY-MM-DD).' })
  documentDate!: string | null;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'Read from the file itself, never from the upload.' })
  contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => Boolean) sharedWithFamily!: boolean;
  @Field(() => DocumentSource) source!: DocumentSource;
  @Field(() => ID, { nullable: true, description: 'The member who added it.' })
  addedByUserId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The guardian who added it from the portal.' })
  addedByGuardianId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The sender of the reply it came attached to.',
  })
  addedByEmail!: string | null;
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
    responseId: row.responseId,
    meetingId: row.meetingId,
    attendanceWeek: row.attendanceWeek,
    kind: row.kind,
    title: row.title,
    documentDate: row.documentDate,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sharedWithFamily: row.sharedWithFamily,
    source: row.addedByGuardianId
      ? DocumentSource.FAMILY
      : row.addedByEmail
        ? DocumentSource.EMAIL
        : DocumentSource.CONSOLE,
    addedByUserId: row.addedByUserId,
    addedByGuardianId: row.addedByGuardianId,
    addedByEmail: row.addedByEmail,
    downloadPath: `/documents/${row.id}/content`,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}
