import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import {
  ContactLogEntryConnection,
  ContactLogEntryObject,
  toContactLogEntry,
} from './contact-log.objects';
import { ContactLogArgs, LogContactInput, UpdateContactLogEntryInput } from './contact-log.inputs';
import { ContactLogService } from './contact-log.service';

const { ADMIN, ADVOCATE } = MemberRole;

@Resolver(() => ContactLogEntryObject)
export class ContactLogResolver extends RecordLifecycleResolver({
  name: 'ContactLogEntry',
  object: ContactLogEntryObject,
  service: ContactLogService,
  toObject: toContactLogEntry,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: { archive: 'Hides the contact from the log and the reports; nothing is deleted.' },
}) {
  constructor(private readonly contacts: ContactLogService) {
    super();
  }

  @FamilyRecords()
  @Query(() => ContactLogEntryConnection, {
    description: "The contact log, newest first: the organization's, or a case's.",
  })
  async contactLog(
    @Args() args: ContactLogArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<ContactLogEntryObject>> {
    return this.contacts.list(scope, args);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => ContactLogEntryObject, {
    description: 'Logs a contact you had: who it was with and how are all it needs.',
  })
  async logContact(
    @Args('input') input: LogContactInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<ContactLogEntryObject> {
    return toContactLogEntry(await this.contacts.log(scope, member, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => ContactLogEntryObject)
  async updateContactLogEntry(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateContactLogEntryInput,
    @Scope() scope: DataScope,
  ): Promise<ContactLogEntryObject> {
    return toContactLogEntry(await this.contacts.update(scope, id, input));
  }
}
