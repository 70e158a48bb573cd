import { Module } from '@nestjs/common';
import { DistrictService } from './district.service';
import { DistrictResolver } from './district.resolver';
import { SchoolService } from './school.service';
import { SchoolResolver } from './school.resolver';
import { SchoolContactService } from './school-contact.service';
import { SchoolContactResolver } from './school-contact.resolver';
import { EscalationChainService } from './escalation-chain.service';
import { SchoolYearService } from './school-year.service';
import { SchoolYearResolver } from './school-year.resolver';
import { SchoolCalendarImportService } from './school-calendar-import.service';
import { SchoolCalendarService } from './school-calendar.service';
import { SchoolCalendarChanges } from './school-calendar-changes';

const services = [
  DistrictService,
  SchoolService,
  SchoolContactService,
  EscalationChainService,
  SchoolYearService,
  SchoolCalendarImportService,
  SchoolCalendarService,
  SchoolCalendarChanges,
];

/** The api side of directory: services and GraphQL resolvers. */
@Module({
  providers: [
    ...services,
    DistrictResolver,
    SchoolResolver,
    SchoolContactResolver,
    SchoolYearResolver,
  ],
  exports: services,
})
export class DirectoryModule {}
