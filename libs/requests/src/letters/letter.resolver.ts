import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { WrittenRequestType } from '../written-requests/written-request.enums';
import { DraftLetterInput, LetterTemplateInput } from './letter.inputs';
import { DraftLetterObject, LetterTemplateObject, MergeFieldObject } from './letter.objects';
import { LetterService } from './letter.service';
import { MERGE_FIELDS } from './letter-merge';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

/**
 * Letter templates and drafting. Editing a template is ADMIN only: a template is the
 * organization's voice for every advocate's letters (PRODUCT.md: the organization admin
 * "sets … letter templates"); an advocate changes one letter on its draft instead.
 */
@Resolver(() => LetterTemplateObject)
export class LetterResolver {
  constructor(private readonly letters: LetterService) {}

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => [LetterTemplateObject], {
    description: "Every request type's letter: the organization's own or the built-in default.",
  })
  async letterTemplates(@Scope() scope: DataScope): Promise<LetterTemplateObject[]> {
    return this.letters.list(scope);
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => LetterTemplateObject)
  async letterTemplate(
    @Args('requestType', { type: () => WrittenRequestType }) requestType: WrittenRequestType,
    @Scope() scope: DataScope,
  ): Promise<LetterTemplateObject> {
    return this.letters.get(scope, requestType);
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => [MergeFieldObject], { description: 'The fields a letter template can use.' })
  mergeFields(): MergeFieldObject[] {
    return MERGE_FIELDS.map((field) => ({ ...field }));
  }

  @Roles(ADMIN, ADVOCATE)
  @Query(() => DraftLetterObject, {
    description:
      "A new request's letter from the organization's template, filled with the case, the recipients and the deadline the preview computes; nothing is saved.",
  })
  async draftLetter(
    @Args('input') input: DraftLetterInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<DraftLetterObject> {
    return this.letters.draft(scope, member, input);
  }

  @Roles(ADMIN)
  @Mutation(() => LetterTemplateObject, {
    description:
      "Saves the organization's letter for a request type; unknown merge fields are refused.",
  })
  async updateLetterTemplate(
    @Args('requestType', { type: () => WrittenRequestType }) requestType: WrittenRequestType,
    @Args('input') input: LetterTemplateInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<LetterTemplateObject> {
    return this.letters.update(scope, member, requestType, input);
  }

  @Roles(ADMIN)
  @Mutation(() => LetterTemplateObject, {
    description: 'Back to the built-in letter for a request type.',
  })
  async resetLetterTemplate(
    @Args('requestType', { type: () => WrittenRequestType }) requestType: WrittenRequestType,
    @Scope() scope: DataScope,
  ): Promise<LetterTemplateObject> {
    return this.letters.reset(scope, requestType);
  }
}
