import { isUuid } from '../../common/base.entity';
import { todayInZone } from '../../common/dates';
import { BadInputError, NotFoundError, bi, type Noun } from '../../common/errors';
import type { Check } from '../../common/validation';

/** A date that defaults to today in China and may not lie in the future. */
export function pastOrToday(c: Check, field: string, value: string | null | undefined): string {
  const date = value ?? todayInZone();
  c.when(date > todayInZone(), field, 'IN_FUTURE', bi(`${field}(${date})晚于今天`, `${field} (${date}) is in the future`));
  return date;
}

/** Refuses a date before an earlier step of the same record (a visit before its pairing, an answer before the demand reached the bank). */
export function assertNotBefore(field: string, date: string, earliest: string, what: Noun): void {
  if (date < earliest) throw BadInputError.one(field, 'TOO_EARLY', bi(`${field}(${date})早于${what.zh}(${earliest})`, `${field} (${date}) is before ${what.en} (${earliest})`));
}

/** Ids listed once each and well-formed (a malformed id is as unknown as a missing one). */
export function checkIdList(c: Check, field: string, ids: string[] | null | undefined, noun: Noun, max = 200): string[] {
  if (!ids) return [];
  c.when(ids.length > max, field, 'TOO_MANY', bi(`${field}最多${max}项`, `${field} may list at most ${max}`));
  c.when(new Set(ids).size !== ids.length, field, 'DUPLICATE', bi(`${field}有重复项`, `${field} lists an id twice`));
  const bad = ids.find((id) => !isUuid(id));
  if (bad) throw new NotFoundError(noun, bad);
  return ids;
}
