import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import { BadInputError, bi } from '../../common/errors';
import { Role } from '../auth/auth.types';
import type { TokenSettings } from '../auth/tokens';
import { EXPORTS, exportRoute } from './exports';
import { commitFirmImport, markedCopy, planFirmImport } from './firm-import';
import { attachment, callerOf, handler } from './http';
import { commitProductImport, markedProductCopy, planProductImport } from './product-import';
import { readUpload } from './upload';
import type { Context } from '../../context';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function dryRunOf(req: Request): boolean {
  const v = req.query.dryRun;
  if (v == null || v === '') return true;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw BadInputError.one('dryRun', 'INVALID_VALUE', bi('dryRun只能是true或false', 'dryRun is true or false'));
}

const wantsXlsx = (req: Request) => req.query.format === 'xlsx' || (req.query.format == null && req.accepts(['application/json', XLSX]) === XLSX && !req.accepts('application/json'));

interface Importer<P> {
  roles: Role[];
  plan: (ctx: Context, fileName: string, data: Buffer) => Promise<P & { report: { ok: boolean } }>;
  marked: (plan: P) => Promise<Buffer>;
  commit: (ctx: Context, plan: P) => Promise<unknown>;
}

/**
 * POST /imports/firms (finance office) and /imports/products (a bank, its own products):
 * multipart/form-data, the workbook in `file`. dryRun=true (the default) writes nothing and
 * answers the report: JSON with the marked copy inside (base64), or with format=xlsx the marked
 * copy itself. dryRun=false writes it all in one transaction, or refuses it whole.
 */
function importRoute<P>(orm: MikroORM, auth: TokenSettings, importer: Importer<P>) {
  return handler(async (req: Request, res: Response) => {
    const ctx = await callerOf(orm, auth, req, importer.roles);
    const dryRun = dryRunOf(req);
    const upload = await readUpload(req);
    const plan = await importer.plan(ctx, upload.fileName, upload.data);
    res.setHeader('cache-control', 'no-store');
    if (dryRun) {
      const marked = await importer.marked(plan);
      const name = `导入检查结果-${upload.fileName.replace(/\.xlsx$/i, '')}.xlsx`;
      if (wantsXlsx(req)) {
        attachment(res, name, 'import-check.xlsx');
        res.end(marked);
        return;
      }
      res.json({ ...plan.report, markedFile: { fileName: name, contentType: XLSX, base64: marked.toString('base64') } });
      return;
    }
    res.json(await importer.commit(ctx, plan));
  });
}

/** The spreadsheet endpoints beside /graphql: the same sign-in, the same access rules. */
export function spreadsheetRouter(orm: MikroORM, auth: TokenSettings): express.Router {
  const router = express.Router();
  for (const [path, fn] of Object.entries(EXPORTS)) router.get(path, exportRoute(orm, auth, fn));
  router.post('/imports/firms', importRoute(orm, auth, { roles: [Role.FINANCE_OFFICE], plan: planFirmImport, marked: markedCopy, commit: commitFirmImport }));
  router.post('/imports/products', importRoute(orm, auth, { roles: [Role.BANK], plan: planProductImport, marked: markedProductCopy, commit: commitProductImport }));
  return router;
}
