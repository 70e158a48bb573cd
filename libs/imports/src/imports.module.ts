import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { CasesModule } from '@onrecord/cases';
import { DirectoryModule } from '@onrecord/directory';
import { FamiliesModule } from '@onrecord/families';
import { ImportService } from './import.service';
import { ImportsController } from './http/imports.controller';
import { ImportBodyMiddleware } from './http/import-body.middleware';

/** The CSV import of families and school contacts (admins). */
@Module({
  imports: [FamiliesModule, CasesModule, DirectoryModule],
  providers: [ImportService],
  controllers: [ImportsController],
})
export class ImportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(ImportBodyMiddleware)
      .forRoutes(
        { path: 'imports/preview', method: RequestMethod.POST },
        { path: 'imports/run', method: RequestMethod.POST },
      );
  }
}
