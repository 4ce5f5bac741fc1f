// A small picture of a node label's shape and colour, for the legend and lists.
import { styleOf, type NodeShape } from './graphStyle';

const points: Partial<Record<NodeShape, string>> = {
  hexagon: '4,10 7,3 17,3 20,10 17,17 7,17',
  tag: '3,4 15,4 21,10 15,16 3,16',
  'rhomboid': '3,4 17,4 21,16 7,16',
  triangle: '12,3 21,18 3,18',
  octagon: '8,3 16,3 21,8 21,14 16,19 8,19 3,14 3,8',
  star: '12,2 14.6,8.6 21.5,8.9 16,13.2 18,20 12,16.2 6,20 8,13.2 2.5,8.9 9.4,8.6',
  diamond: '12,2 21,11 12,20 3,11',
  pentagon: '12,2 21,9 17.5,20 6.5,20 3,9',
};

export default function ShapeIcon({ label, dashed, double }: { label: string; dashed?: boolean; double?: boolean }) {
  const s = styleOf(label);
  const common = {
    fill: s.fill,
    stroke: s.border,
    strokeWidth: double ? 3 : 1.6,
    strokeDasharray: dashed ? '3 2' : undefined,
  };
  let shape;
  if (s.shape === 'ellipse') shape = <circle cx="12" cy="11" r="8" {...common} />;
  else if (s.shape === 'round-rectangle') shape = <rect x="3" y="5" width="18" height="12" rx="3" {...common} />;
  else if (s.shape === 'rectangle') shape = <rect x="3" y="5" width="18" height="12" {...common} />;
  else if (s.shape === 'barrel') shape = <rect x="4" y="3" width="16" height="16" rx="6" ry="3" {...common} />;
  else shape = <polygon points={points[s.shape]} {...common} />;
  return (
    <svg className="shape-icon" width="24" height="22" viewBox="0 0 24 22" aria-hidden="true" focusable="false">
      {shape}
    </svg>
  );
}
