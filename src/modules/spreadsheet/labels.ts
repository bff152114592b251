import { getMetadataStorage } from 'type-graphql';
import { bi, type Bilingual } from '../../common/errors';

/**
 * The words for an enum value, taken from the description the GraphQL schema gives it
 * ("装备制造 / Equipment manufacturing"): the sheets and the API call every value the same.
 */
function configOf(enumObj: object): Record<string, { description?: string }> {
  const meta = getMetadataStorage().enums.find((e) => e.enumObj === enumObj);
  if (!meta) throw new Error('enum not registered with type-graphql');
  return (meta.valuesConfig ?? {}) as Record<string, { description?: string }>;
}

export function labelOf(enumObj: object, value: string): Bilingual {
  const text = configOf(enumObj)[value]?.description;
  if (!text) return bi(value, value);
  const [zh, en] = text.split(' / ');
  return bi(zh.trim(), (en ?? zh).trim());
}

/** A label without its gloss: "纯信用,无需担保" → 纯信用, "科技型中小企业(入库)" → 科技型中小企业. */
const shortOf = (zh: string): string => zh.normalize('NFKC').split(/[,;(]/)[0].trim() || zh;

/**
 * The Chinese word for a value, as written in a sheet: its label without the gloss, unless two
 * values of the enum would then read the same.
 */
export function zhOf(enumObj: object, value: string): string {
  const full = labelOf(enumObj, value).zh;
  const short = shortOf(full);
  const clash = Object.values(enumObj as Record<string, string>).some((v) => v !== value && shortOf(labelOf(enumObj, v).zh) === short);
  return clash ? full : short;
}

/** Folds what a person may type differently: spaces, full-width brackets and letters, case. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"']/g, '')
    .toUpperCase();
}

/**
 * The enum value a cell names: its Chinese word (as exported), its English word, or the API's
 * own code (EQUIPMENT_MANUFACTURING), folded. Undefined when it names none.
 */
export function valueFromLabel<T extends string>(enumObj: Record<string, T>, text: string): T | undefined {
  const wanted = fold(text);
  for (const value of Object.values(enumObj)) {
    const l = labelOf(enumObj, value);
    // "科技型中小企业(入库)" is also found as 科技型中小企业: what the brackets add is a gloss.
    const names = [value, l.zh, l.en, zhOf(enumObj, value), l.zh.normalize('NFKC').replace(/\([^)]*\)/g, '')];
    if (names.some((n) => fold(n) === wanted)) return value;
  }
  return undefined;
}

/** The Chinese words of every value, for messages and the template's lists. */
export const choicesOf = (enumObj: Record<string, string>): string[] => Object.values(enumObj).map((v) => zhOf(enumObj, v));
