// The non-figure properties of a node or relationship, as a definition list.
export default function PropList({ props }: { props: [string, string][] }) {
  if (props.length === 0) return null;
  return (
    <dl className="props">
      {props.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
