import { Module } from '@nestjs/common';
import { FamilyService } from './family.service';
import { FamilyImportService } from './family-import.service';
import { GuardianService } from './guardian.service';
import { StudentService } from './student.service';
import { FamilyResolver } from './family.resolver';
import { GuardianResolver } from './guardian.resolver';
import { StudentResolver } from './student.resolver';
import { DemographicsService } from './demographics/demographics.service';
import {
  FamilyDemographicsResolver,
  GuardianDemographicsResolver,
  StudentDemographicsResolver,
} from './demographics/demographics.resolver';

/** The api side of families: services and GraphQL resolvers. */
@Module({
  providers: [
    FamilyService,
    FamilyImportService,
    GuardianService,
    StudentService,
    FamilyResolver,
    GuardianResolver,
    StudentResolver,
    DemographicsService,
    StudentDemographicsResolver,
    GuardianDemographicsResolver,
    FamilyDemographicsResolver,
  ],
  exports: [FamilyService, FamilyImportService, GuardianService, StudentService],
})
export class FamiliesModule {}
