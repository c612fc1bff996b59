/**
 * The 404 page, inside the app's layout (nav bar included). Next renders it without the request's query, so
 * it cannot know ?lang: it says it in Chinese first and in English under it, each part marked with its
 * language, with a way back to 总览 / Overview. Its document title says both too, Chinese first.
 */
import Link from 'next/link';
import { NOT_FOUND_TEXT } from '@/lib/i18n/not-found-text';

const { zh, en } = NOT_FOUND_TEXT;

export const metadata = { title: `${zh.documentTitle} / ${en.documentTitle}` };

export default function NotFound() {
  return (
    <div className="not-found" style={{ maxWidth: 640 }}>
      <section lang="zh-CN">
        <h1>{zh.title}</h1>
        <p>{zh.body}</p>
        <p>
          <Link href="/">{zh.back}</Link>
        </p>
      </section>
      <section lang="en" style={{ marginTop: 24 }}>
        <h2>{en.title}</h2>
        <p>{en.body}</p>
        <p>
          <Link href="/?lang=en">{en.back}</Link>
        </p>
      </section>
    </div>
  );
}
