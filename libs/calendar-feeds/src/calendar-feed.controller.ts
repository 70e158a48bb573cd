import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@onrecord/platform/auth';
import { tokenOfFileName } from './calendar-feed.token';
import { CalendarFeedService } from './calendar-feed.service';

/**
 * `GET /calendar/<token>.ics`: a member's feed for their calendar app, which sends no
 * session — the address is the secret (@Public: the token is checked here, by its hash). An
 * unknown, revoked or no longer allowed address is a plain 404, the same for each; nothing
 * else is said. Never cached by a proxy: the feed is private and changes as deadlines move.
 */
@Public()
@Controller('calendar')
export class CalendarFeedController {
  private readonly logger = new Logger(CalendarFeedController.name);

  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  async feed(
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('cache-control', 'private, no-store');
    const token = tokenOfFileName(file);
    try {
      const body = token
        ? await this.feeds.read(token, req.id === undefined ? undefined : String(req.id))
        : null;
      if (body === null) {
        res.status(404).type('text/plain').send('No calendar feed at this address.');
        return;
      }
      res.status(200).type('text/calendar; charset=utf-8').send(body);
    } catch (error) {
      this.logger.error({ err: error }, 'calendar feed failed');
      res
        .status(500)
        .type('text/plain')
        .send('The calendar feed could not be made. Try again later.');
    }
  }
}
