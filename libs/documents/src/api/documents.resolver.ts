import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { DocumentsService } from '../documents.service';
import { DocumentConnection, DocumentObject, toDocument } from './document.objects';
import { CaseDocumentsArgs, UpdateDocumentInput } from './document.inputs';

const { ADMIN, ADVOCATE } = MemberRole;

/** A case's documents: listed and described here; added and downloaded over HTTP (/documents). */
@Resolver(() => DocumentObject)
export class DocumentsResolver extends RecordLifecycleResolver({
  name: 'Document',
  object: DocumentObject,
  service: DocumentsService,
  toObject: toDocument,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Hides the document from lists; its file is kept.',
    delete: 'Deletes the document and its file for good.',
  },
}) {
  constructor(private readonly documents: DocumentsService) {
    super();
  }

  @FamilyRecords()
  @Query(() => DocumentConnection, { description: "A case's documents, newest first." })
  caseDocuments(
    @Args() args: CaseDocumentsArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<DocumentObject>> {
    return this.documents.list(scope, args);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => DocumentObject, {
    description: 'Changes what is said about a document, or whether the family sees it.',
  })
  async updateDocument(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDocumentInput,
    @Scope() scope: DataScope,
  ): Promise<DocumentObject> {
    return toDocument(await this.documents.update(scope, id, input));
  }
}
