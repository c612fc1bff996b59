import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { SITE_METADATA } from '@/lib/i18n/common-text';
import { NavBar } from './ui/nav-bar';
import './globals.css';

export const metadata = SITE_METADATA;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <Suspense fallback={<header className="topbar" />}>
          <NavBar />
        </Suspense>
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
