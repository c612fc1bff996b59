/**
 * 导入 Import: upload report files, check each parse result and its findings, then save. The page itself
 * holds no secret; it only says whether the server has an admin token, so a disabled deployment says
 * so up front instead of after a user has chosen files.
 */
import { ADMIN_TOKEN_VARIABLE, adminTokenConfigured } from '@/lib/ingest/admin-token';
import { pick, type Locale } from '@/lib/format/locale';
import { IMPORT_TEXT } from '@/lib/i18n/import-text';
import { metadataFor } from '@/app/ui/page-metadata';
import { PageLanguage } from '@/app/ui/page-language';
import { UploadForm } from './upload-form';
import styles from './import.module.css';

// The token is read from the environment at request time, never frozen into a build.
export const dynamic = 'force-dynamic';
export const generateMetadata = metadataFor('import');

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await searchParams;
  const locale: Locale = lang === 'en' ? 'en' : 'zh';
  const text = pick(locale, IMPORT_TEXT);
  const configured = adminTokenConfigured();
  return (
    <PageLanguage locale={locale}>
      <div className={styles.page}>
        <h1 className={styles.title}>{text.title}</h1>
        <p className={styles.muted}>{text.intro}</p>
        {configured ? (
          <UploadForm locale={locale} tokenVariable={ADMIN_TOKEN_VARIABLE} />
        ) : (
          <p role="alert" className={styles.disabled}>
            {text.disabled(ADMIN_TOKEN_VARIABLE)}
          </p>
        )}
      </div>
    </PageLanguage>
  );
}
