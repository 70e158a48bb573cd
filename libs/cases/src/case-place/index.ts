export * from './case-places.service';
