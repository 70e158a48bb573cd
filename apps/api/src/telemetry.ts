/**
 * main.ts's first import. OpenTelemetry's instrumentations patch http, pg and ioredis as they
 * are first required, so the SDK starts here, before main.ts's other imports load them (an
 * import, not `node -r`: every way of starting the api — the image, npm start, the e2e
 * tests — runs main.js as it is). Off unless OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_*_EXPORTER=otlp is set.
 */
import { startTelemetryFromEnvironment } from '@onrecord/platform/observability/telemetry';

startTelemetryFromEnvironment('api');
