import { Module } from '@nestjs/common';
import { RequestDeadlinesModule } from '../deadlines/request-deadlines.module';
import { LetterResolver } from './letter.resolver';
import { LetterService } from './letter.service';

/** An organization's letter for each request type, and the merge that fills one in. */
@Module({
  imports: [RequestDeadlinesModule],
  providers: [LetterService, LetterResolver],
  exports: [LetterService],
})
export class LettersModule {}
