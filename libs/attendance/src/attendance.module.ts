import { Module } from '@nestjs/common';

/** The api side of attendance: services and GraphQL resolvers. */
@Module({ providers: [], exports: [] })
export class AttendanceModule {}
