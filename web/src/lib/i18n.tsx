/**
 * Chinese first, English behind a switch that remembers the choice (localStorage). Every label
 * comes from one catalogue per language (locales/zh-CN.ts, locales/en-US.ts); the API's own
 * bilingual messages are shown through pick().
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { zhCN, type Catalogue, type MessageKey } from '../locales/zh-CN';
import { enUS } from '../locales/en-US';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'parkcredit.lang';
const catalogues: Record<Lang, Catalogue> = { zh: zhCN, en: enUS };

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** A label from the catalogue, with {name} placeholders filled. */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** Enum labels, e.g. enums.ProductCategory.IP_PLEDGE. */
  enums: Catalogue['enums'];
  /** The API's bilingual text in the chosen language. */
  pick: (zh: string, en: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const cat = catalogues[lang];
    return {
      lang,
      setLang,
      enums: cat.enums,
      t: (key, vars) => {
        const text = cat.messages[key] ?? key;
        return vars ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : text;
      },
      pick: (zh, en) => (lang === 'zh' ? zh : en),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/** "中文 / English" text from the API (a message, an error) split into the chosen language. */
export function pickBilingual(text: string, lang: Lang): string {
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  return lang === 'zh' ? text.slice(0, at) : text.slice(at + 3);
}
