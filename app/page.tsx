import { rankings } from '@/graph/landscape/rankings';
import { runtime } from '@/graph/runtime';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const { store } = await runtime();
  const [counts, ranks] = await Promise.all([store.counts(), rankings(store)]);
  return (
    <main>
      <h1>Landscape Graph</h1>
      <p className="muted">
        China&apos;s audio/video cloud services market (中國音視頻雲服務市場) as a knowledge graph: {counts.nodes} nodes and{' '}
        {counts.edges} relationships on {store.engine}. Health: <a href="/api/health">/api/health</a>.
      </p>
      {ranks.map((k) => (
        <section key={k.id} aria-labelledby={k.id}>
          <h2 id={k.id}>
            {k.name_en} · {k.name_zh}
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Provider</th>
                <th scope="col">Independent</th>
                <th scope="col">Revenue (RMB bn)</th>
                <th scope="col">Share (%)</th>
              </tr>
            </thead>
            <tbody>
              {k.rows.map((r) => (
                <tr key={r.providerId}>
                  <td className="num">{r.rank}</td>
                  <td>
                    {r.name_en} · {r.name_zh}
                  </td>
                  <td>{r.independent ? 'independent ✓' : 'non-independent ✗'}</td>
                  <td className="num">{r.revenue.toFixed(2)}</td>
                  <td className="num">{r.share.toFixed(1)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" colSpan={3}>
                  Top five
                </th>
                <td className="num">{k.top5_revenue.toFixed(2)}</td>
                <td className="num">{k.top5_share.toFixed(1)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={3}>
                  Market total
                </th>
                <td className="num">{k.market_total.toFixed(1)}</td>
                <td className="num">100.0</td>
              </tr>
            </tbody>
          </table>
          <p className="source">{`Source: ${k.sourceSection}`}</p>
        </section>
      ))}
    </main>
  );
}
