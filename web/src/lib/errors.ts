/**
 * The API's errors for a person: the message in their language, and each problem beside the form
 * field it names (extensions.problems[].field). A network or server failure is told apart, so the
 * page can offer a retry instead of going blank.
 */
import type { CombinedError } from 'urql';
import type { FormInstance } from 'antd';
import { pickBilingual, type Lang } from './i18n';

export interface FieldProblem {
  field: string;
  code: string;
  messageZh: string;
  messageEn: string;
}

export interface ApiProblem {
  /** No answer from the server, or a 5xx / internal error: worth retrying. */
  retryable: boolean;
  code: string | null;
  message: string;
  problems: FieldProblem[];
}

export function describeError(error: CombinedError, lang: Lang, networkMessage: string): ApiProblem {
  const first = error.graphQLErrors[0];
  if (!first) return { retryable: true, code: null, message: networkMessage, problems: [] };
  const ext = (first.extensions ?? {}) as { code?: string; messageZh?: string; messageEn?: string; problems?: FieldProblem[] };
  const message = ext.messageZh && ext.messageEn ? (lang === 'zh' ? ext.messageZh : ext.messageEn) : pickBilingual(first.message, lang);
  const code = ext.code ?? null;
  return { retryable: code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE', code, message, problems: ext.problems ?? [] };
}

/**
 * Puts each problem on the form field of that name (fields named as the API names them) and
 * returns the problems no field of this form shows, for an alert above the buttons.
 */
export function showProblems(form: FormInstance, problems: FieldProblem[], lang: Lang, fields: string[]): FieldProblem[] {
  const shown = problems.filter((p) => fields.includes(p.field));
  const byField = new Map<string, string[]>();
  for (const p of shown) byField.set(p.field, [...(byField.get(p.field) ?? []), lang === 'zh' ? p.messageZh : p.messageEn]);
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return problems.filter((p) => !fields.includes(p.field));
}
