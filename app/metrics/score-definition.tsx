/** The report score on /metrics (issue 16): what it measures, each component's weight, rule and evidence, ranks, intervals. */
import type { ScoreDefinitionView } from '@/lib/dashboard/metrics-view';

export function ScoreDefinition({ view }: { view: ScoreDefinitionView }) {
  return (
    <section id="score" data-score-definition style={{ scrollMarginTop: 72 }}>
      <h2 style={{ marginTop: 16 }}>{view.title}</h2>
      <div className="definition">
        <p style={{ margin: 0 }}>{view.intro}</p>
        <p style={{ margin: '6px 0 0' }}>{view.known}</p>
      </div>
      {view.components.map((c) => (
        <section key={c.id} className="definition" id={c.anchor} data-score-component={c.id}>
          <h3>
            {c.name}{' '}
            <span className="muted" style={{ fontWeight: 400 }}>
              {c.weight}
            </span>
          </h3>
          <div>{c.rule}</div>
          <div className="muted">{c.evidence}</div>
        </section>
      ))}
      <div className="definition" id="score-ranks">
        <div>{view.ranks}</div>
        <div style={{ marginTop: 6 }} id="score-interval">
          {view.wilson}
        </div>
      </div>
    </section>
  );
}
