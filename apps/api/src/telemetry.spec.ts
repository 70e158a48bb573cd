import { describeTelemetryStart } from '@onrecord/platform/observability/testing';

describeTelemetryStart('api', __dirname);
