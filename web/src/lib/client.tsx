/** The GraphQL client (urql), one per session: signing in or out starts with an empty cache. */
import { Client, Provider, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { useMemo, type ReactNode } from 'react';
import { useSession } from './session';

export function GraphQLProvider({ children }: { children: ReactNode }) {
  const { session, expire } = useSession();
  const token = session?.token ?? null;
  const client = useMemo(
    () =>
      new Client({
        url: '/graphql',
        // POST always: the API refuses mutations over GET and asks GETs for a preflight header.
        preferGetMethod: false,
        requestPolicy: 'cache-and-network',
        fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : ({} as Record<string, string>) }),
        exchanges: [
          mapExchange({
            onError(error) {
              const unauthenticated = error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
              if (token && unauthenticated) expire();
            },
          }),
          cacheExchange,
          fetchExchange,
        ],
      }),
    [token, expire],
  );
  return <Provider value={client}>{children}</Provider>;
}
