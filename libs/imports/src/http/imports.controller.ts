import { Controller, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import { Roles, type HttpRequest } from '@onrecord/platform/auth';
import type { DataScope } from '@onrecord/platform/database';
import { MemberRole } from '@onrecord/organizations';
import { ReportHttpErrors } from '@onrecord/reports';
import { ImportService, type ImportReport } from '../import.service';
import { importForm } from './import-form';

type UploadRequest = HttpRequest & { file?: { buffer: Buffer }; body?: Record<string, unknown> };

/**
 * `POST /imports/preview`: the dry run — the mapping (given, saved or guessed) and every
 * row's problems, nothing written. `POST /imports/run`: the import, in the request's one
 * transaction (all rows, or with goodRowsOnly=true the rows without problems). Admins only:
 * an import writes a whole organization's records at once. Multipart, read before the
 * guard (import-body.middleware.ts), since a 10,000-row file is larger than a JSON body may be.
 */
@Controller('imports')
@UseFilters(ReportHttpErrors)
export class ImportsController {
  constructor(private readonly imports: ImportService) {}

  @Post('preview')
  @HttpCode(200)
  @Roles(MemberRole.ADMIN)
  preview(@Req() req: UploadRequest): Promise<ImportReport> {
    return this.within(req, (scope) =>
      this.imports.preview(scope, importForm(req.body ?? {}, req.file)),
    );
  }

  @Post('run')
  @HttpCode(200)
  @Roles(MemberRole.ADMIN)
  run(@Req() req: UploadRequest): Promise<ImportReport> {
    return this.within(req, (scope, userId) => {
      const form = importForm(req.body ?? {}, req.file);
      return this.imports.run(scope, userId, form, { goodRowsOnly: form.goodRowsOnly });
    });
  }

  /** Runs in the request's transaction: committed when it succeeds, else rolled back. */
  private async within(
    req: UploadRequest,
    work: (scope: DataScope, userId: string) => Promise<ImportReport>,
  ): Promise<ImportReport> {
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    let report: ImportReport;
    try {
      report = await work(await request.scope(), request.member().userId);
    } catch (error) {
      await request.finish(false);
      throw error;
    }
    await request.finish(true);
    return report;
  }
}
