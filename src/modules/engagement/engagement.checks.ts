import { isUuid } from '../../common/base.entity';
import { labelOf } from '../../common/labels';
import { todayInZone } from '../../common/dates';
import { BadInputError, NotFoundError, bi, type Noun } from '../../common/errors';
import type { Check } from '../../common/validation';

/** A date that defaults to today in China and may not lie in the future. */
export function pastOrToday(c: Check, field: string, value: string | null | undefined): string {
  const date = value ?? todayInZone();
  const l = labelOf(field);
  c.when(date > todayInZone(), field, 'IN_FUTURE', bi(`${l.zh}(${date})不能晚于今天`, `the ${l.en} (${date}) cannot be in the future`));
  return date;
}

/** Refuses a date before an earlier step of the same record (a visit before its pairing, an answer before the demand reached the bank). */
export function assertNotBefore(field: string, date: string, earliest: string, what: Noun): void {
  const l = labelOf(field);
  if (date < earliest) throw BadInputError.one(field, 'TOO_EARLY', bi(`${l.zh}(${date})不能早于${what.zh}(${earliest})`, `the ${l.en} (${date}) cannot be before ${what.en} (${earliest})`));
}

/** Ids listed once each and well-formed (a malformed id is as unknown as a missing one). */
export function checkIdList(c: Check, field: string, ids: string[] | null | undefined, noun: Noun, max = 200): string[] {
  if (!ids) return [];
  const l = labelOf(field);
  c.when(ids.length > max, field, 'TOO_MANY', bi(`${l.zh}最多${max}项`, `the ${l.en} may list at most ${max}`));
  c.when(new Set(ids).size !== ids.length, field, 'DUPLICATE', bi(`${l.zh}有重复项`, `the ${l.en} list an id twice`));
  const bad = ids.find((id) => !isUuid(id));
  if (bad) throw new NotFoundError(noun, bad);
  return ids;
}
