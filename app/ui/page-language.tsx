/**
 * The page's language on the element that holds its content. The root layout cannot read the query, so
 * <html lang> says zh-CN in the server's HTML until the nav bar sets it after hydration; this container
 * says the right language from the first byte (screen readers, fonts, the browser's translate offer).
 */
import type { ReactNode } from 'react';
import { htmlLang, type Locale } from '@/lib/format/locale';

export function PageLanguage({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <div lang={htmlLang(locale)}>{children}</div>;
}
