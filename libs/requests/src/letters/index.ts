export * from './letters.module';
export * from './letter-template.entity';
export * from './letter-merge';
export * from './letter-defaults';
export * from './letter.objects';
export * from './letter.service';
