import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { WrittenRequestType } from '../written-requests/written-request.enums';
import { RequestDeadlineObject } from '../deadlines/request-deadline.objects';

@ObjectType('LetterTemplate', {
  description:
    "The letter for a request type: the organization's own, or the built-in default (isDefault).",
})
export class LetterTemplateObject {
  @Field(() => WrittenRequestType) requestType!: WrittenRequestType;
  @Field(() => String, { description: 'With merge fields, e.g. {{student.name}}.' })
  subject!: string;
  @Field(() => String, { description: 'With merge fields and {{#field}}…{{/field}} sections.' })
  body!: string;
  @Field(() => Boolean, { description: 'The built-in letter: the organization has not edited it.' })
  isDefault!: boolean;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the organization last saved it; null for the default.',
  })
  updatedAt!: Date | null;
}

@ObjectType('MergeField', { description: 'A field a letter template can use, as {{name}}.' })
export class MergeFieldObject {
  @Field(() => String, { description: 'e.g. student.name' }) name!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'Shown in the letter when the value is missing.' })
  placeholder!: string;
}

@ObjectType('DraftLetter', {
  description:
    "A new request's letter, rendered from the organization's template: shown and edited before createWrittenRequest.",
})
export class DraftLetterObject {
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => [String], {
    description: 'Merge fields with no value: the letter shows a placeholder for each.',
  })
  missingFields!: string[];
  @Field(() => RequestDeadlineObject, {
    description: 'The deadline the letter quotes (as deadlinePreview computes it).',
  })
  deadline!: RequestDeadlineObject;
}
