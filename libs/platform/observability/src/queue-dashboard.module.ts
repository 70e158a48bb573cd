import {
  type DynamicModule,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { QUEUE_DASHBOARD_PATH, QueueDashboardController } from './queue-dashboard.controller';

/** Why there is no dashboard, or null when there is one. */
export function queueDashboardOff(config: AppConfig): string | null {
  if (!config.queueDashboard)
    return 'QUEUE_DASHBOARD_USER and QUEUE_DASHBOARD_PASSWORD are not set';
  if (config.queue.kind !== 'redis')
    return 'the queue runs on PostgreSQL, and the dashboard is for the Redis queue';
  return null;
}

/**
 * The operators' queue dashboard on the api (QueueDashboardController), or, when it is off,
 * no route at all (a 404) and one line in the log saying why. Only for the Redis queue:
 * bull-board reads BullMQ's keys in Redis; the PostgreSQL backend keeps its jobs in tables
 * of its own, which an operator reads with SQL.
 */
@Module({})
export class QueueDashboardModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('QueueDashboard');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: QueueDashboardModule,
      controllers: queueDashboardOff(config) ? [] : [QueueDashboardController],
    };
  }

  onApplicationBootstrap(): void {
    const off = queueDashboardOff(this.config);
    this.logger.log(
      off
        ? `queue dashboard off: ${off}`
        : `queue dashboard at ${QUEUE_DASHBOARD_PATH} (HTTP Basic: QUEUE_DASHBOARD_USER)`,
    );
  }
}
