import { Module } from '@nestjs/common';
import { FamilyService } from './family.service';
import { GuardianService } from './guardian.service';
import { StudentService } from './student.service';
import { FamilyResolver } from './family.resolver';
import { GuardianResolver } from './guardian.resolver';
import { StudentResolver } from './student.resolver';

/** The api side of families: services and GraphQL resolvers. */
@Module({
  providers: [
    FamilyService,
    GuardianService,
    StudentService,
    FamilyResolver,
    GuardianResolver,
    StudentResolver,
  ],
  exports: [FamilyService, GuardianService, StudentService],
})
export class FamiliesModule {}
