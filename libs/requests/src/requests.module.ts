import { Module } from '@nestjs/common';
import { RequestDeadlinesModule } from './deadlines/request-deadlines.module';
import { LettersModule } from './letters/letters.module';
import { MeetingsModule } from './meetings/meetings.module';
import { SchoolResponsesModule } from './school-responses/school-responses.module';
import { WrittenRequestsModule } from './written-requests/written-requests.module';

/**
 * The api side of written requests and what the school said, one folder and module per
 * feature, each above the ones it uses: deadlines/ (the bottom: counted deadlines, rule
 * corrections), letters/, written-requests/, school-responses/ (with commitments), meetings/.
 * This module only composes them, so apps and other libs import RequestsModule alone.
 */
@Module({
  imports: [
    RequestDeadlinesModule,
    LettersModule,
    WrittenRequestsModule,
    SchoolResponsesModule,
    MeetingsModule,
  ],
  exports: [
    RequestDeadlinesModule,
    LettersModule,
    WrittenRequestsModule,
    SchoolResponsesModule,
    MeetingsModule,
  ],
})
export class RequestsModule {}
