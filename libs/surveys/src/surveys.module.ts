import { Module } from '@nestjs/common';
import { CasesModule } from '@onrecord/cases';
import { JobWorkersModule, QueueName } from '@onrecord/platform/queue';
import { ParentSurveyAnswersResolver } from './parent-survey-answers.resolver';
import { ParentSurveyAnswers } from './parent-survey-answers.service';
import { ParentSurveyInvitations } from './parent-survey-invitations.service';
import { ParentSurveyResolver } from './parent-survey.resolver';
import { ParentSurveyResults } from './parent-survey-results.service';
import { ParentSurveySender } from './parent-survey-sender.service';
import { ParentSurveyJobs } from './parent-survey.jobs';
import { ParentSurveyService } from './parent-survey.service';

/**
 * The api side of the parent survey: its texts, who is offered it (listening to case status
 * changes), answering by link; and its results, which the reports expose (exported).
 */
@Module({
  imports: [CasesModule],
  providers: [
    ParentSurveyService,
    ParentSurveyInvitations,
    ParentSurveyAnswers,
    ParentSurveyResults,
    ParentSurveyResolver,
    ParentSurveyAnswersResolver,
  ],
  exports: [ParentSurveyResults],
})
export class SurveysModule {}

/** The worker side: the emails, and the sweep that keeps owed ones queued. */
@Module({
  imports: [JobWorkersModule.forQueue(QueueName.surveys)],
  providers: [ParentSurveyService, ParentSurveySender, ParentSurveyJobs],
})
export class SurveysWorkerModule {}
