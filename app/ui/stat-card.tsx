/** One headline number with its label, a line under it, and a link to its definition. */
export function StatCard({
  label,
  value,
  sub,
  definitionHref,
  definitionLabel,
}: {
  label: string;
  value: string;
  sub?: string;
  definitionHref?: string;
  /** The ⓘ link's accessible name, in the page's language ("Definition of Disclosure rate"). */
  definitionLabel?: string;
}) {
  return (
    <div className="card">
      <div className="label">
        <span>{label}</span>
        {definitionHref && (
          <a href={definitionHref} aria-label={definitionLabel}>
            ⓘ
          </a>
        )}
      </div>
      <div className="value">{value}</div>
      {sub && <div className="sub">{sub}</div>}
    </div>
  );
}
