import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { provideDatabase } from '../db/database';
import { migrate, openOrm } from '../db/orm';
import { auditScope } from '../modules/audit/audit';
import { AuthService } from '../modules/auth/auth.service';
import { Role } from '../modules/auth/auth.types';

/**
 * `npm run user:create -- --username admin --name 金融办管理员 [--role FINANCE_OFFICE] [--bank ID] [--firm ID]`
 * The password comes from PARKCREDIT_PASSWORD, or else from the first line of standard input,
 * so it never appears in the shell history or the process list.
 */
async function readPassword(): Promise<string> {
  if (process.env.PARKCREDIT_PASSWORD) return process.env.PARKCREDIT_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('password: ');
  let data = '';
  for await (const chunk of process.stdin) {
    data += chunk;
    if (data.includes('\n')) break;
  }
  return data.split('\n')[0].replace(/\r$/, '');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: Role.FINANCE_OFFICE },
      bank: { type: 'string' },
      firm: { type: 'string' },
    },
  });
  if (!values.username || !values.name) throw new Error('usage: npm run user:create -- --username NAME --name "显示名" [--role FINANCE_OFFICE|BANK|FIRM] [--bank ID] [--firm ID]');
  const role = values.role as Role;
  if (!Object.values(Role).includes(role)) throw new Error(`--role must be one of ${Object.values(Role).join(', ')}`);
  const password = await readPassword();
  const config = loadConfig();
  // Beside a running `npm start` on the embedded default, its database is used (attach).
  const { url, embedded } = await provideDatabase(config, () => undefined, { attach: true });
  const orm = await openOrm(url, { limits: config.db });
  try {
    await migrate(orm);
    const input = { username: values.username, displayName: values.name, password, role, bankId: values.bank ?? null, firmId: values.firm ?? null };
    // In the audit trail like an account opened through the API, marked as made on the command line.
    const { password: _secret, ...submitted } = input;
    const scope = { operation: 'createUser', input: { input: submitted, via: 'command line (npm run user:create)' }, actor: null, ip: null, recorded: false };
    const user = await auditScope.run(scope, () => AuthService.createUser(orm.em.fork(), input));
    console.log(`[parkcredit] created ${user.role} account "${user.username}" (${user.id})`);
  } finally {
    await orm.close(true);
    if (embedded) await embedded.stop();
  }
}

main().catch((e) => {
  const ext = (e as { extensions?: { messageEn?: string } }).extensions;
  console.error(`[parkcredit] could not create the account: ${ext?.messageEn ?? (e as Error).message}`);
  process.exit(1);
});
