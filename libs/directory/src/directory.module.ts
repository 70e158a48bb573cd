import { Module } from '@nestjs/common';

/** The api side of directory: services and GraphQL resolvers. */
@Module({ providers: [], exports: [] })
export class DirectoryModule {}
