import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';

/** 10,000 rows of a wide spreadsheet fit well within this. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

const refuse = (res: Response, status: number, field: string, message: string) =>
  res.status(status).json({
    code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT',
    message: `${field}: ${message}`,
    fields: [{ field, message }],
  });

/**
 * Reads an import's form (multipart/form-data: the CSV in `file`, and `kind`, `mapping`,
 * `goodRowsOnly`) before the access guard opens the request's transaction, so a slow upload
 * holds no database connection. Only requests with a bearer token are read at all.
 */
@Injectable()
export class ImportBodyMiddleware implements NestMiddleware {
  private readonly read = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5, fieldSize: 64 * 1024, parts: 6 },
  }).single('file');

  use(req: Request, res: Response, next: NextFunction): void {
    if (!/^bearer\s+\S/i.test(req.headers.authorization ?? '')) {
      res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Sign in to do this.' });
      return;
    }
    this.read(req, res, (error: unknown) => {
      if (!error) return next();
      if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE')
        return refuse(
          res,
          413,
          'file',
          `is larger than ${IMPORT_MAX_BYTES / (1024 * 1024)} MB: split it`,
        );
      if (error instanceof multer.MulterError)
        return refuse(
          res,
          400,
          error.field ?? 'file',
          'send one CSV file in "file" with the fields kind, mapping and goodRowsOnly',
        );
      refuse(res, 400, 'file', 'send the CSV file as multipart/form-data, in "file"');
    });
  }
}
