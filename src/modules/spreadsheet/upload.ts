import type { Request } from 'express';
import busboy from 'busboy';
import { BadInputError, bi } from '../../common/errors';
import { NotXlsxError, TooLargeError } from './http';
import { IMPORT_LIMITS } from './limits';

export interface Upload {
  fileName: string;
  data: Buffer;
}

const tooLarge = () =>
  new TooLargeError(bi(`文件超过${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB上限`, `the file is over the ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB limit`), { limitBytes: IMPORT_LIMITS.fileBytes });

/**
 * The one file of a multipart/form-data request (field `file`), read with busboy into memory up
 * to the size limit: past it the upload is refused (413) without reading the rest into memory.
 */
export function readUpload(req: Request): Promise<Upload> {
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(type)) {
    return Promise.reject(new NotXlsxError(bi('请以multipart/form-data上传,文件放在file字段', 'upload as multipart/form-data, the workbook in the field "file"')));
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  // The form's own boundaries and headers need a little room beyond the file.
  if (declared > IMPORT_LIMITS.fileBytes + 64 * 1024) return Promise.reject(tooLarge());
  return new Promise<Upload>((resolve, reject) => {
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe();
      req.resume();
      reject(e);
    };
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: IMPORT_LIMITS.fileBytes, fields: 10, parts: 12, fieldSize: 1024 } });
    } catch {
      return fail(new NotXlsxError(bi('上传格式无效', 'the upload is not a valid multipart/form-data body')));
    }
    let upload: Upload | null = null;
    const pending: Promise<void>[] = [];
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || upload) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      pending.push(
        new Promise<void>((done) => {
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('limit', () => fail(tooLarge()));
          stream.on('end', () => {
            if (!(stream as { truncated?: boolean }).truncated) upload = { fileName: info.filename ?? 'upload.xlsx', data: Buffer.concat(chunks) };
            done();
          });
        }),
      );
    });
    bb.on('error', () => fail(new NotXlsxError(bi('上传格式无效', 'the upload is not a valid multipart/form-data body'))));
    bb.on('close', async () => {
      await Promise.all(pending);
      if (settled) return;
      if (!upload) return fail(BadInputError.one('file', 'REQUIRED', bi('请在file字段上传一个.xlsx文件', 'upload one .xlsx file in the field "file"')));
      settled = true;
      resolve(upload);
    });
    req.pipe(bb);
  });
}
