export * from './mail.module';
export * from './mail.service';
export * from './message-id';
export * from './text-to-html';
