import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response } from 'express';
import { BadInputError, bi } from '../../common/errors';
import { Role } from '../auth/auth.types';
import type { TokenSettings } from '../auth/tokens';
import { EXPORTS, exportRoute } from './exports';
import { commitFirmImport, markedCopy, planFirmImport } from './firm-import';
import { attachment, callerOf, handler } from './http';
import { readUpload } from './upload';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function dryRunOf(req: Request): boolean {
  const v = req.query.dryRun;
  if (v == null || v === '') return true;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw BadInputError.one('dryRun', 'INVALID_VALUE', bi('dryRun只能是true或false', 'dryRun is true or false'));
}

const wantsXlsx = (req: Request) => req.query.format === 'xlsx' || (req.query.format == null && req.accepts(['application/json', XLSX]) === XLSX && !req.accepts('application/json'));

/**
 * POST /imports/firms (multipart/form-data, the workbook in `file`), finance office only.
 * dryRun=true (the default) writes nothing and answers the report: JSON with the marked copy
 * inside (base64), or with format=xlsx the marked copy itself. dryRun=false writes it all in one
 * transaction, or refuses it whole.
 */
function importFirms(orm: MikroORM, auth: TokenSettings) {
  return handler(async (req: Request, res: Response) => {
    const ctx = await callerOf(orm, auth, req, [Role.FINANCE_OFFICE]);
    const dryRun = dryRunOf(req);
    const upload = await readUpload(req);
    const plan = await planFirmImport(ctx, upload.fileName, upload.data);
    res.setHeader('cache-control', 'no-store');
    if (dryRun) {
      const marked = await markedCopy(plan);
      const name = `导入检查结果-${upload.fileName.replace(/\.xlsx$/i, '')}.xlsx`;
      if (wantsXlsx(req)) {
        attachment(res, name, 'import-check.xlsx');
        res.end(marked);
        return;
      }
      res.json({ ...plan.report, markedFile: { fileName: name, contentType: XLSX, base64: marked.toString('base64') } });
      return;
    }
    res.json(await commitFirmImport(ctx, plan));
  });
}

/** The spreadsheet endpoints beside /graphql: the same sign-in, the same access rules. */
export function spreadsheetRouter(orm: MikroORM, auth: TokenSettings): express.Router {
  const router = express.Router();
  for (const [path, fn] of Object.entries(EXPORTS)) router.get(path, exportRoute(orm, auth, fn));
  router.post('/imports/firms', importFirms(orm, auth));
  return router;
}
