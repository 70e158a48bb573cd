import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Case } from '@onrecord/cases';
import { MemberRole } from '@onrecord/organizations';
import { Roles } from '@onrecord/platform/auth';
import { type DataScope, findRecord } from '@onrecord/platform/database';
import { Member, Scope, type MemberPrincipal } from '@onrecord/platform/request';
import { ParentSurveyInvitations } from './parent-survey-invitations.service';
import type { ParentSurveyInvitation } from './parent-survey-invitation.entity';
import { UpdateParentSurveyInput } from './parent-survey.inputs';
import { ParentSurveyInvitationObject, ParentSurveyObject } from './parent-survey.objects';
import { ParentSurveyService } from './parent-survey.service';

const { ADMIN, ADVOCATE } = MemberRole;

/** The organization's parent survey for its members: its texts, and sending it on a case. */
@Resolver()
export class ParentSurveyResolver {
  constructor(
    private readonly surveys: ParentSurveyService,
    private readonly invitations: ParentSurveyInvitations,
  ) {}

  @Roles(ADMIN, ADVOCATE)
  @Query(() => ParentSurveyObject, {
    description: 'The parent survey guardians get (the built-in one until an admin saves it).',
  })
  parentSurvey(@Scope() scope: DataScope): Promise<ParentSurveyObject> {
    return this.surveys.read(scope);
  }

  @Roles(ADMIN)
  @Mutation(() => ParentSurveyObject, {
    description: 'Rewords the parent survey, or says whether it goes out when a case ends.',
  })
  updateParentSurvey(
    @Args('input') input: UpdateParentSurveyInput,
    @Scope() scope: DataScope,
  ): Promise<ParentSurveyObject> {
    return this.surveys.update(scope, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => [ParentSurveyInvitationObject], {
    description:
      'Emails the parent survey now to the guardians of the case’s family with an email who were not offered it yet (once per case).',
  })
  async sendParentSurvey(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<ParentSurveyInvitationObject[]> {
    return (await this.invitations.sendByHand(scope, member, caseId)).map(toInvitation);
  }

  @Roles(ADMIN, ADVOCATE)
  @Query(() => [ParentSurveyInvitationObject], {
    description: 'Who was offered the case’s parent survey, and whether they answered.',
  })
  async parentSurveyInvitations(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Scope() scope: DataScope,
  ): Promise<ParentSurveyInvitationObject[]> {
    const record = await findRecord(scope, Case, caseId, 'Case');
    return (await this.invitations.ofCase(scope, record.id)).map(toInvitation);
  }
}

function toInvitation(row: ParentSurveyInvitation): ParentSurveyInvitationObject {
  const { id, caseId, guardianId, email, language, reason, createdAt, sentAt, answeredAt } = row;
  return { id, caseId, guardianId, email, language, reason, createdAt, sentAt, answeredAt };
}
