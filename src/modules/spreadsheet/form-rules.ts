import { isInputObjectType } from 'graphql';
import type { FieldProblem } from '../../common/errors';
import { inputObjectProblems } from '../../common/input-rules';
import { getSchema } from '../../schema';

/**
 * The rules of form every GraphQL argument obeys (src/common/input-rules.ts: no control
 * characters, ids that are ids, dates within their documented ranges), for a row read from a
 * spreadsheet: the row becomes the same input type the mutation takes and is judged by the same
 * walk, so a cell the API would refuse is refused here too.
 */
export async function formRules(): Promise<(typeName: string, value: object) => FieldProblem[]> {
  const schema = await getSchema();
  return (typeName, value) => {
    const type = schema.getType(typeName);
    if (!isInputObjectType(type)) throw new Error(`${typeName} is not an input type of the schema`);
    return inputObjectProblems(type, value as Record<string, unknown>);
  };
}

/** Form problems first; the record's own problems only for fields the form rules passed (one problem a cell). */
export function withForm(form: FieldProblem[], record: FieldProblem[]): FieldProblem[] {
  const named = new Set(form.map((p) => p.field));
  return [...form, ...record.filter((p) => !p.field.split('..').some((f) => named.has(f)))];
}
