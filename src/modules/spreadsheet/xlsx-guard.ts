import { inflateRawSync } from 'node:zlib';
import { bi } from '../../common/errors';
import { NotXlsxError, TooLargeError } from './http';
import { IMPORT_LIMITS } from './limits';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/**
 * Checks that a buffer is an xlsx workbook and that it inflates to no more than the limit,
 * BEFORE exceljs opens it. An xlsx is a zip: its central directory is read here, and every part is
 * actually inflated with a ceiling on the output (zlib's maxOutputLength), because the sizes a
 * zip declares are exactly what a zip bomb lies about. Refused: 415 when it is not an xlsx, 413
 * when it inflates beyond the limit.
 */
export function guardXlsx(buf: Buffer, limits = IMPORT_LIMITS): void {
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) {
    throw new NotXlsxError(bi('这是旧版Excel文件(.xls),请在Excel中另存为.xlsx后再上传', 'this is an old Excel file (.xls); save it as .xlsx and upload again'));
  }
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) throw new NotXlsxError();
  // The end-of-central-directory record: within the last 64 kB (its comment is at most 65,535 bytes).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotXlsxError();
  const entries = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || dirOffset === 0xffffffff) {
    throw new TooLargeError(bi('文件过大(ZIP64格式),导入文件的解压后大小上限为' + mb(limits.uncompressedBytes), 'the file is too large (ZIP64); an import may inflate to at most ' + mb(limits.uncompressedBytes)));
  }
  if (entries > limits.zipEntries) throw new TooLargeError(bi(`文件包含的部件过多(${entries}个)`, `the file holds too many parts (${entries})`));
  if (dirOffset + dirSize > buf.length) throw new NotXlsxError();
  const names = new Set<string>();
  let total = 0;
  let p = dirOffset;
  const bomb = () =>
    new TooLargeError(bi(`文件解压后超过${mb(limits.uncompressedBytes)}上限(疑似压缩炸弹),已拒绝`, `the file inflates beyond the ${mb(limits.uncompressedBytes)} limit (a zip bomb?); refused`), {
      limitBytes: limits.uncompressedBytes,
    });
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new NotXlsxError();
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    names.add(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (declared > limits.uncompressedBytes - total) throw bomb();
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new NotXlsxError();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw new NotXlsxError();
    const data = buf.subarray(start, start + compressed);
    let size: number;
    if (method === 0) size = compressed;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: limits.uncompressedBytes - total + 1 }).length;
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw bomb();
        throw new NotXlsxError(bi('文件已损坏,无法解压', 'the file is damaged and cannot be read'));
      }
    } else throw new NotXlsxError(bi('文件使用了不支持的压缩方式', 'the file uses a compression Excel does not write'));
    total += size;
    if (total > limits.uncompressedBytes) throw bomb();
  }
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) throw new NotXlsxError();
}
