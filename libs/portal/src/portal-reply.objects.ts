import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/*
 * A school's reply as the family reads it, once their advocate shared it: when it came, who
 * wrote, the subject and the words. Plain text only: the email's HTML is the sender's and is
 * never served. The files that came with it are named, not handed out: they stay with the
 * advocate, who decides what to pass on.
 */

@ObjectType({
  description:
    'A reply from the school that your advocate shared with you, in plain text, as it came.',
})
export class PortalReply {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The request it is filed under.' }) requestId!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it reached OnRecord.' })
  receivedAt!: Date;
  @Field({
    description: "Who wrote it: the sender's name, or their address when the email gave no name.",
  })
  from!: string;
  @Field() subject!: string;
  @Field({ description: 'Its words, in plain text.' }) text!: string;
  @Field(() => [String], {
    description: 'The names of the files that came with it, in order (the files are not shown).',
  })
  attachmentNames!: string[];
}
