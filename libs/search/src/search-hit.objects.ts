import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** What kind of record a search hit is. */
export enum SearchHitKind {
  FAMILY = 'FAMILY',
  GUARDIAN = 'GUARDIAN',
  STUDENT = 'STUDENT',
  SCHOOL = 'SCHOOL',
  CASE = 'CASE',
  REQUEST = 'REQUEST',
  SCHOOL_RESPONSE = 'SCHOOL_RESPONSE',
  NOTE = 'NOTE',
  CONTACT = 'CONTACT',
}
registerEnumType(SearchHitKind, {
  name: 'SearchHitKind',
  description:
    'FAMILY, GUARDIAN, STUDENT and SCHOOL by name (and family and student notes); CASE by title; REQUEST by subject and body; SCHOOL_RESPONSE by its summary or quote; NOTE: a case note; CONTACT: a logged contact, by whom and its note.',
});

@ObjectType('SearchSnippetPart', {
  description:
    'A piece of a snippet: plain text, to show as text (never as HTML); `match` marks the words that matched.',
})
export class SearchSnippetPartObject {
  @Field(() => String) text!: string;
  @Field(() => Boolean) match!: boolean;
}

@ObjectType('SearchHit', { description: 'A record that matched a search.' })
export class SearchHitObject {
  @Field(() => SearchHitKind) kind!: SearchHitKind;
  @Field(() => ID, { description: 'The record’s id (of its kind).' }) id!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The case to open for it: its own, or for a family, guardian or student the latest case of theirs. Null for a school and for what has no case.',
  })
  caseId!: string | null;
  @Field(() => String, { description: 'A name, a subject, a case title.' }) title!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Where it belongs: the household of a guardian or student, the case of a request, answer, note or contact, the district of a school.',
  })
  context!: string | null;
  @Field(() => [SearchSnippetPartObject], {
    description: 'The text around the match, the matching words marked.',
  })
  snippet!: SearchSnippetPartObject[];
  @Field(() => Float, { description: 'Higher is better: a name above a subject above a body.' })
  rank!: number;
}
