import { Module } from '@nestjs/common';
import { InboundMailModule } from '@onrecord/inbound-mail';
import { RequestsModule } from '@onrecord/requests';
import { DemoSeeder } from './demo-seeder';

/**
 * The demo seeder with the features whose services it seeds through (requests, and mail in
 * for the replies), imported beside AppModule: Nest shares the instances AppModule made.
 */
@Module({ imports: [RequestsModule, InboundMailModule], providers: [DemoSeeder] })
export class DemoModule {}
