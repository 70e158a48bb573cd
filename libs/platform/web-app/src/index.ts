export * from './serve-web-app';
export * from './web-app-routes';
