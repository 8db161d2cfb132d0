/**
 * A chart legend's text in the page's text colour: recharts paints it in the series colour, and
 * light series (a pale band) would be unreadable on white; the swatch beside it keeps the colour.
 */
export function legendLabel(value: string) {
  return <span className="chart-legend__label">{value}</span>;
}
