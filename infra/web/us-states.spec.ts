import { US_STATES as WEB_STATES } from '../../apps/web/src/us-states';
import { US_STATES } from '../../libs/platform/graphql/src/us-states';

describe('the home states the web app’s sign-up offers', () => {
  it('are exactly the codes the api accepts', () => {
    expect([...WEB_STATES].sort()).toEqual([...US_STATES].sort());
  });
});
