import {
  Body,
  Controller,
  ForbiddenException,
  Logger,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@onrecord/platform/auth';
import {
  postedFromThisSite,
  problemAddress,
  problemOf,
  signedInAddress,
} from './portal-sign-in-form';
import { PortalSignInService } from './portal-sign-in.service';

/**
 * `POST /portal/sign-in?token=…`: the emailed link's "Open my case", tapped before the page's
 * script arrived (a slow phone: the page itself arrives drawn, see apps/web/prerender.mjs).
 * Signs in exactly as `signInToPortal` does, then sends the browser on (303): to the portal
 * with the session, or back to the sign-in page saying why not.
 */
@Public()
@Controller('portal')
export class PortalSignInFormController {
  private readonly logger = new Logger(PortalSignInFormController.name);

  constructor(private readonly signIn: PortalSignInService) {}

  @Post('sign-in')
  async signInFromForm(
    @Query('token') token: unknown,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (
      !postedFromThisSite({
        secFetchSite: req.get('sec-fetch-site'),
        origin: req.get('origin'),
        host: req.get('host'),
      })
    )
      throw new ForbiddenException('This form can only be sent from the family portal.');
    const keep = (body as { keep?: unknown } | undefined)?.keep === '1';
    try {
      const session = await this.signIn.signIn(
        typeof token === 'string' ? token : '',
        null,
        req.id === undefined ? undefined : String(req.id),
      );
      res.redirect(303, signedInAddress(session, keep));
    } catch (error) {
      const problem = problemOf(error);
      if (problem === 'unexpected')
        this.logger.error({ err: error }, 'portal sign-in from the form failed');
      res.redirect(303, problemAddress(problem));
    }
  }
}
