import { Module } from '@nestjs/common';

/** The api side of cases: services and GraphQL resolvers. */
@Module({ providers: [], exports: [] })
export class CasesModule {}
