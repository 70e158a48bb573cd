import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';

/**
 * Reads an upload (`POST /documents`, `POST /portal/documents`, multipart/form-data) before the
 * access guard runs: the guard opens the request's transaction, which must not stay open (a
 * pooled connection taken) while a slow client sends megabytes. Only a request that carries a
 * bearer token is read at all; the guard then checks it as for any request.
 *
 * One file of at most DOCUMENT_MAX_BYTES (beyond, multer stops reading: 413, nothing kept) and
 * a few small fields, in memory: the file is sniffed and hashed, then stored in one write.
 */
@Injectable()
export class UploadBodyMiddleware implements NestMiddleware {
  private readonly read: ReturnType<multer.Multer['single']>;
  private readonly maxBytes: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxBytes = config.documents.maxBytes;
    this.read = multer({
      storage: multer.memoryStorage(),
      // Browsers send a file's name as UTF-8 without saying so: "Evaluación.pdf", not
      // "EvaluaciÃ³n.pdf".
      defParamCharset: 'utf8',
      limits: { fileSize: this.maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
    }).single('file');
  }

  use(req: Request, res: Response, next: NextFunction): void {
    if (!/^bearer\s+\S/i.test(req.headers.authorization ?? '')) {
      res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Sign in to do this.' });
      return;
    }
    this.read(req, res, (error: unknown) => {
      if (!error) return next();
      if (error instanceof multer.MulterError) {
        const tooLarge = error.code === 'LIMIT_FILE_SIZE';
        res.status(tooLarge ? 413 : 400).json({
          code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT',
          message: tooLarge
            ? `file: is larger than ${Math.floor(this.maxBytes / (1024 * 1024))} MB, the most OnRecord takes; nothing was kept`
            : `${error.field ?? 'the form'}: ${uploadProblem(error.code)}`,
          fields: [{ field: error.field ?? 'file', message: uploadProblem(error.code) }],
        });
        return;
      }
      // Not multipart at all, or the connection broke mid-upload.
      res.status(400).json({
        code: 'BAD_USER_INPUT',
        message: 'file: send the document as multipart/form-data, with the file in "file"',
        fields: [{ field: 'file', message: 'is required' }],
      });
    });
  }
}

function uploadProblem(code: multer.ErrorCode): string {
  switch (code) {
    case 'LIMIT_FILE_SIZE':
      return 'is too large';
    case 'LIMIT_FILE_COUNT':
    case 'LIMIT_UNEXPECTED_FILE':
      return 'send one file, in the field "file"';
    default:
      return 'the form has too many or too long fields';
  }
}
