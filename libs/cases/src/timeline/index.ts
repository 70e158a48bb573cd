export * from './case-timeline-event';
export * from './case-timeline-source';
export * from './case-timeline.service';
