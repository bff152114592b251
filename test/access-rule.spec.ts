import 'reflect-metadata';
import { Query, Resolver } from 'type-graphql';
import { assertEveryOperationHasAnAccessRule } from '../src/modules/auth/authz';
import { getSchema } from '../src/schema';

describe('an operation without an access rule', () => {
  it('the real schema passes: every operation says who may call it', async () => {
    await expect(getSchema()).resolves.toBeDefined();
  });

  it('a new query with neither @Authorized nor @Public stops the build, naming it', () => {
    @Resolver()
    class ForgottenResolver {
      @Query(() => String)
      forgotten(): string {
        return 'oops';
      }
    }
    expect(ForgottenResolver).toBeDefined();
    expect(() => assertEveryOperationHasAnAccessRule()).toThrow(/ForgottenResolver\.forgotten/);
  });
});
