export * from './school-responses.module';
export * from './school-response.enums';
export * from './school-response.entity';
export * from './commitment.entity';
export * from './school-response.objects';
export * from './school-response.service';
export * from './commitment.service';
export * from './stall.rules';
