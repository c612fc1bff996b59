import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { NavBar } from './ui/nav-bar';
import './globals.css';

export const metadata = {
  title: '年报透镜 Nianbao Lens',
  description: '政府信息公开工作年度报告数据分析 — open-government-information annual reports, as comparable numbers',
};

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
