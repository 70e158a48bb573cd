import { Module } from '@nestjs/common';

/** The api side of families: services and GraphQL resolvers. */
@Module({ providers: [], exports: [] })
export class FamiliesModule {}
