import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import type { RequestContext } from '@onrecord/platform/graphql';
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
  async letterTemplates(
    @Context('request') request: RequestContext,
  ): Promise<LetterTemplateObject[]> {
    return this.letters.list(await request.scope());
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => LetterTemplateObject)
  async letterTemplate(
    @Args('requestType', { type: () => WrittenRequestType }) requestType: WrittenRequestType,
    @Context('request') request: RequestContext,
  ): Promise<LetterTemplateObject> {
    return this.letters.get(await request.scope(), requestType);
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
    @Context('request') request: RequestContext,
  ): Promise<DraftLetterObject> {
    return this.letters.draft(await request.scope(), request.member(), input);
  }

  @Roles(ADMIN)
  @Mutation(() => LetterTemplateObject, {
    description:
      "Saves the organization's letter for a request type; unknown merge fields are refused.",
  })
  async updateLetterTemplate(
    @Args('requestType', { type: () => WrittenRequestType }) requestType: WrittenRequestType,
    @Args('input') input: LetterTemplateInput,
    @Context('request') request: RequestContext,
  ): Promise<LetterTemplateObject> {
    return this.letters.update(await request.scope(), request.member(), requestType, input);
  }

  @Roles(ADMIN)
  @Mutation(() => LetterTemplateObject, {
    description: 'Back to the built-in letter for a request type.',
  })
  async resetLetterTemplate(
    @Args('requestType', { type: () => WrittenRequestType }) requestType: WrittenRequestType,
    @Context('request') request: RequestContext,
  ): Promise<LetterTemplateObject> {
    return this.letters.reset(await request.scope(), requestType);
  }
}
