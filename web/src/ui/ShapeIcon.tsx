/** The node shapes the canvas draws, as small SVGs for legends, lists and headings. */
export type IconShape = 'ellipse' | 'round-rectangle' | 'tag' | 'diamond' | 'hexagon' | 'star' | 'triangle';

const star = Array.from({ length: 10 }, (_, i) => {
  const radius = i % 2 === 0 ? 7 : 3.1;
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  return `${(8 + radius * Math.cos(angle)).toFixed(2)},${(8.6 + radius * Math.sin(angle)).toFixed(2)}`;
}).join(' ');

const POLYGONS: Partial<Record<IconShape, string>> = {
  tag: '1.5,3 11,3 14.5,8 11,13 1.5,13',
  diamond: '8,1 15,8 8,15 1,8',
  hexagon: '1,8 4.5,2 11.5,2 15,8 11.5,14 4.5,14',
  star,
  triangle: '8,1.5 15,14 1,14',
};

interface ShapeIconProps {
  shape: IconShape;
  fill: string;
  stroke?: string;
  size?: number;
  title?: string;
}

export function ShapeIcon({ shape, fill, stroke = 'none', size = 16, title }: ShapeIconProps) {
  const paint = { fill, stroke, strokeWidth: 1.2 };
  const polygon = POLYGONS[shape];
  return (
    <svg
      className="shape-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
    >
      {shape === 'ellipse' && <circle cx="8" cy="8" r="6.5" {...paint} />}
      {shape === 'round-rectangle' && <rect x="1.5" y="3" width="13" height="10" rx="3" {...paint} />}
      {polygon && <polygon points={polygon} strokeLinejoin="round" {...paint} />}
    </svg>
  );
}
