/** How the rankings are computed, in a sentence each: rankings people are asked to trust should say how they work. */
export function RankingMethod() {
  return (
    <details className="method" data-testid="ranking-method">
      <summary>How are these ranked?</summary>
      <ul>
        <li>
          <strong>People</strong>: each paper on the theme counts 3 (first author; last author 0.8 of it, other co-authors
          0.6), halving every 5 years of age; each initiative 2; each talk in a session on it 1.5; declared expertise 1.
        </li>
        <li>
          <strong>Institutions</strong>: their people’s evidence and their own part in initiatives.
        </li>
        <li>
          <strong>Papers</strong>: recency (halving every 5 years) plus 0.5 per citation in the atlas.{' '}
          <strong>Initiatives</strong>: 2 per sector taking part plus 0.5 per institution.
        </li>
        <li>A theme counts with all its subthemes; a paper or initiative on several of them counts once.</li>
      </ul>
    </details>
  );
}
