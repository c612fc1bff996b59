'use client';
/**
 * The upload steps: token and files → 检查 Check (parse only) → 保存 Save (the files that parsed) → result
 * per file. The token lives only in this component's memory: a reload or leaving the page forgets it, no
 * storage a script could read later holds it, and it travels only in the Authorization header, never in
 * a URL (docs/security.md).
 */
import { type DragEvent, useState } from 'react';
import { IMPORT_TEXT } from '@/lib/i18n/import-text';
import { pick, type Locale } from '@/lib/format/locale';
import type { UploadPreview, UploadSummary } from '@/lib/ingest/upload-types';
import {
  checkUploadLimits,
  MAX_FILE_BYTES,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_FILES,
  PUBLISHED_FIELD,
  UPLOAD_FIELD,
} from '@/lib/ingest/upload-limits';
import { PreviewTable, ResultTable, TechnicalLine } from './upload-tables';
import styles from './import.module.css';

const ACCEPT = '.txt,.html,.htm,.md,.docx,.pdf';

type Phase = 'idle' | 'checking' | 'checked' | 'saving' | 'saved';

export function UploadForm({ locale, tokenVariable }: { locale: Locale; tokenVariable: string }) {
  const text = pick(locale, IMPORT_TEXT);
  const [token, setToken] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  /** The publication date the uploader knows (from the website), as the date input gives it: YYYY-MM-DD or ''. */
  const [published, setPublished] = useState('');
  const [phase, setPhase] = useState<Phase>('idle');
  const [previews, setPreviews] = useState<UploadPreview[] | null>(null);
  const [summary, setSummary] = useState<UploadSummary | null>(null);
  /** A refusal in the page's words, and the server's own (English) line where the words alone would hide it. */
  const [error, setError] = useState<{ text: string; detail?: string } | null>(null);
  const [dragging, setDragging] = useState(false);

  /** New files start the steps over: a check is only good for the files it checked. */
  const addFiles = (added: FileList | null) => {
    if (!added || added.length === 0) return;
    const key = (f: File) => `${f.name}/${f.size}/${f.lastModified}`;
    const known = new Set(files.map(key));
    setFiles([...files, ...Array.from(added).filter((f) => !known.has(key(f)))]);
    reset();
  };
  const reset = () => {
    setPreviews(null);
    setSummary(null);
    setError(null);
    setPhase('idle');
  };

  /**
   * The refusal in the page's language: the server's reason code picks the words (issue 18: the server's English
   * sentence stood on the Chinese page). Where the code says too little (a malformed request, a server failure,
   * a code this page does not know), the server's own line follows, folded under the technical details.
   */
  const refusalText = (reason: string, message: string): { text: string; detail?: string } => {
    const r = text.refusal;
    switch (reason) {
      case 'not-configured':
        return { text: r['not-configured'](tokenVariable) };
      case 'missing':
        return { text: r.missing };
      case 'wrong':
        return { text: r.wrong };
      case 'too-many-files':
        return { text: r['too-many-files'](MAX_UPLOAD_FILES) };
      case 'too-large':
        return { text: r['too-large'](MAX_UPLOAD_BYTES) };
      case 'no-files':
        return { text: r['no-files'] };
      case 'bad-date':
        return { text: r['bad-date'], detail: message };
      case 'bad-request':
        return { text: r['bad-request'], detail: message };
      case 'server-error':
        return { text: r['server-error'], detail: message };
      default:
        return { text: r.other, detail: message };
    }
  };

  async function send<T>(url: string, chosen: File[]): Promise<T | null> {
    const refusal = checkUploadLimits(chosen.map((f) => f.size));
    if (refusal) return fail(refusalText(refusal.reason, refusal.message));
    if (!token) return fail({ text: text.refusal.missing });
    const form = new FormData();
    for (const f of chosen) form.append(UPLOAD_FIELD, f, f.name);
    if (published) form.append(PUBLISHED_FIELD, published);
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    } catch {
      return fail({ text: text.refusal.network });
    }
    const body = (await response.json().catch(() => ({}))) as T & { error?: string; message?: string };
    if (!response.ok) return fail(refusalText(body.error ?? '', body.message ?? `HTTP ${response.status}`));
    return body;
  }
  function fail(refusal: { text: string; detail?: string }): null {
    setError(refusal);
    return null;
  }

  async function check() {
    setError(null);
    setSummary(null);
    setPhase('checking');
    const body = await send<{ files: UploadPreview[] }>('/api/import/preview', files);
    setPreviews(body?.files ?? null);
    setPhase(body ? 'checked' : 'idle');
  }

  const importable = previews ? files.filter((_, i) => previews[i]?.ok) : [];
  async function save() {
    setError(null);
    setPhase('saving');
    const body = await send<UploadSummary>('/api/import', importable);
    setSummary(body && withRefusedAtCheck(body, previews ?? []));
    setPhase(body ? 'saved' : 'checked');
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    addFiles(e.dataTransfer.files);
  };
  const busy = phase === 'checking' || phase === 'saving';

  return (
    <div className={styles.form}>
      <label className={styles.field}>
        <span>{text.token}</span>
        {/* Uncontrolled: a controlled input would mirror the token into its value="" attribute. */}
        <input type="password" autoComplete="off" onChange={(e) => setToken(e.target.value)} className={styles.input} />
        <small className={styles.muted}>{text.tokenHint}</small>
      </label>

      <div className={styles.field}>
        <span>{text.files}</span>
        <label
          className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <input
            type="file"
            multiple
            accept={ACCEPT}
            className={styles.hiddenInput}
            onChange={(e) => {
              addFiles(e.target.files);
              e.target.value = '';
            }}
          />
          {text.drop}
        </label>
        <small className={styles.muted}>
          {text.filesHint} {text.limits(MAX_UPLOAD_FILES, MAX_FILE_BYTES, MAX_UPLOAD_BYTES)}
        </small>
        {files.length > 0 && (
          <p className={styles.chosen}>
            {text.chosen(files.length)}
            {text.colon}
            <span translate="no">{files.map((f) => f.name).join(text.listSeparator)}</span>{' '}
            <button
              type="button"
              className={styles.linkButton}
              onClick={() => {
                setFiles([]);
                reset();
              }}
              disabled={busy}
            >
              {text.clear}
            </button>
          </p>
        )}
      </div>

      <label className={styles.field}>
        <span>{text.published}</span>
        <input
          type="date"
          name={PUBLISHED_FIELD}
          value={published}
          onChange={(e) => {
            setPublished(e.target.value);
            reset();
          }}
          className={styles.input}
        />
        <small className={styles.muted}>{text.publishedHint}</small>
      </label>

      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={check} disabled={busy || files.length === 0}>
          {phase === 'checking' ? text.checking : text.check}
        </button>
        {previews && phase !== 'saved' && (
          <button
            type="button"
            className={`${styles.button} ${styles.primary}`}
            onClick={save}
            disabled={busy || importable.length === 0}
          >
            {phase === 'saving' ? text.saving : text.save(importable.length)}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          {error.text}
        </p>
      )}
      {error?.detail && <TechnicalLine line={error.detail} locale={locale} />}
      {previews && importable.length === 0 && <p className={styles.muted}>{text.nothingToSave}</p>}

      {summary && <ResultTable summary={summary} locale={locale} />}
      {/* Once saved, the result replaces the check: a table still saying "not yet saved" would contradict it. */}
      {previews && phase !== 'saved' && <PreviewTable previews={previews} locale={locale} />}
    </div>
  );
}

/**
 * The files the check refused were not sent to be saved; the result still lists and counts them, so a mixed
 * upload never reads "失败 0 个" (issue 18).
 */
function withRefusedAtCheck(summary: UploadSummary, previews: UploadPreview[]): UploadSummary {
  const refused = previews.flatMap((p) => (p.ok ? [] : [{ file: p.file, error: p.error, reason: p.reason }]));
  return {
    ...summary,
    files: summary.files + refused.length,
    failed: [...summary.failed, ...refused],
    results: [...summary.results, ...refused.map((r) => ({ ...r, status: 'failed' as const }))],
  };
}
