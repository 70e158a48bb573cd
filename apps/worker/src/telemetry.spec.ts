import { describeTelemetryStart } from '@onrecord/platform/observability/testing';

describeTelemetryStart('worker', __dirname);
