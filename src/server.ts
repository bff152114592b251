import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { MikroORM } from '@mikro-orm/postgresql';
import { formatError } from './common/format-error';
import { createContext, type Context } from './context';
import { getSchema } from './schema';

export interface RunningServer {
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  stop: () => Promise<void>;
}

export async function startServer(orm: MikroORM, opts: { port: number; host?: string; production?: boolean }): Promise<RunningServer> {
  const server = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (src/index.ts): it stops the server first, then the ORM and database.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: opts.port, host: opts.host },
    context: async () => createContext(orm),
  });
  return { url, stop: () => server.stop() };
}
