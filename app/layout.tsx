import type { ReactNode } from 'react';

export const metadata = {
  title: '年报透镜 Nianbao Lens',
  description: '政府信息公开工作年度报告数据分析 — open-government-information annual reports, as comparable numbers',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif', margin: 0, color: '#1f2937' }}>{children}</body>
    </html>
  );
}
