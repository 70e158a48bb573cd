import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ReportRangeInput } from '../outcome-report.inputs';

/** A funder report figure whose records can be listed (funderReportRecords). */
export enum FunderFigure {
  CONTACTS = 'CONTACTS',
  MEETINGS = 'MEETINGS',
  PARENTS_SERVED = 'PARENTS_SERVED',
  CHILDREN_SERVED = 'CHILDREN_SERVED',
  OUTREACH = 'OUTREACH',
  CASES_CLOSED = 'CASES_CLOSED',
}
registerEnumType(FunderFigure, {
  name: 'FunderFigure',
  valuesMap: {
    CONTACTS: { description: 'key: an audience and channel group, e.g. "PARENTS:PHONE"; or none.' },
    MEETINGS: { description: 'key: a meeting kind, or none.' },
    OUTREACH: { description: 'key: a kind and format, e.g. "TRAINING:VIRTUAL"; or none.' },
    CASES_CLOSED: { description: 'key: a closing reason (or NOT_RECORDED), or none.' },
  },
});

@ArgsType()
export class FunderReportRecordsArgs {
  @Field(() => ReportRangeInput)
  @ValidateNested()
  @Type(() => ReportRangeInput)
  range!: ReportRangeInput;

  @Field(() => FunderFigure)
  @IsEnum(FunderFigure, { message: 'must be a funder report figure' })
  figure!: FunderFigure;

  @Field(() => String, {
    nullable: true,
    description: 'Which part of the figure (see FunderFigure).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  key?: string | null;
}
