import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { RecordLifecycleResolver } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { ObservationTagObject, ObservationTagTranslationInput } from './observation-tag.objects';
import { ObservationTagService } from './observation-tag.service';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver(() => ObservationTagObject)
export class ObservationTagResolver extends RecordLifecycleResolver({
  name: 'ObservationTag',
  object: ObservationTagObject,
  service: ObservationTagService,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'New entries can no longer pick it; entries that have it keep it.',
    delete: 'Refused while an attendance entry carries the label: archive it instead.',
  },
}) {
  constructor(private readonly tags: ObservationTagService) {
    super();
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => [ObservationTagObject], {
    description:
      'The triggers an attendance entry can carry: the built-in ones, then the organization’s own.',
  })
  async observationTags(
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
    @Scope() scope: DataScope,
  ): Promise<ObservationTagObject[]> {
    return this.tags.list(scope, includeArchived);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => ObservationTagObject, {
    description:
      'Adds a trigger label of the organization’s own, e.g. "Fire drills", in English and, optionally, in the other languages it writes in (e.g. es: "Simulacros de incendio"): a day logged with any of them stores the English label.',
  })
  async addObservationTag(
    @Args('label') label: string,
    // Checked by the service (each problem named translations.N.language or .label): an
    // argument that is a list is not run through the validation pipe.
    @Args('translations', { type: () => [ObservationTagTranslationInput], nullable: true })
    translations: ObservationTagTranslationInput[] | null,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<ObservationTagObject> {
    return this.tags.add(scope, member, label, translations);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => ObservationTagObject, {
    description:
      'Sets the tag’s label in each other language the organization writes in, replacing the ones it had (an empty list leaves the English only). Days already logged keep their label.',
  })
  async setObservationTagTranslations(
    @Args('id', { type: () => ID }) id: string,
    @Args('translations', { type: () => [ObservationTagTranslationInput] })
    translations: ObservationTagTranslationInput[],
    @Scope() scope: DataScope,
  ): Promise<ObservationTagObject> {
    return this.tags.setTranslations(scope, id, translations);
  }
}
