import type { DynamicModule, Type } from '@nestjs/common';
import { testConfig } from '@onrecord/platform/config/testing';
import { OrganizationMembershipLookup } from '@onrecord/organizations';
import { apiOf } from '@onrecord/platform/testing';
import { ENTITIES } from '@onrecord/migrations';
import { AppModule } from './app.module';

const config = testConfig({ DATABASE_URL: 'postgres://127.0.0.1/none' });
const namesOf = (root: DynamicModule) =>
  (root.imports ?? []).map((m) => ((m as DynamicModule).module ?? (m as Type)).name);

/** The libs' integration specs start `apiOf(...)`: the same platform as the api, in order. */
describe('AppModule and the api of the libs’ specs', () => {
  it('compose the same platform modules, then the features', () => {
    const platform = namesOf(
      apiOf({
        entities: ENTITIES,
        features: [],
        membershipLookup: OrganizationMembershipLookup,
      }).forRoot(config),
    );
    expect(platform.length).toBeGreaterThan(5);
    expect(namesOf(AppModule.forRoot(config)).slice(0, platform.length)).toEqual(platform);
  });
});
