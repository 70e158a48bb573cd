import { Module } from '@nestjs/common';
import { OrganizationSettingsService } from './organization-setting.service';

/**
 * The organization's settings alone, for features that read them (meetings time their items
 * by them) in the api and in the worker, without the sign-in and membership services of
 * OrganizationsModule, which need the api's auth.
 */
@Module({
  providers: [OrganizationSettingsService],
  exports: [OrganizationSettingsService],
})
export class OrganizationSettingsModule {}
