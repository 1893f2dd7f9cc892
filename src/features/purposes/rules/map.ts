/**
 * The purpose map: every running site placed on two axes derived from its
 * purpose scores, and a deterministic layout of dots and labels for the SVG on
 * the home page. The formula is exported as data ({@link MAP_AXES},
 * {@link MAP_DAMPING}) so the methodology page shows exactly what the code does.
 *
 * Each axis runs from −1 to +1 and weighs the squared scores (0, 1, 4, 9) of the
 * purposes on either side:
 *
 *     value = (Σ w·s² on the + side − Σ w·s² on the − side) / (both sums + MAP_DAMPING)
 *
 * Squaring makes one core purpose (9) outweigh two good ones (4 + 4), so a site
 * lands where its main job is, not where its side uses add up. The damping
 * keeps a site that scores little on either side near the middle instead of
 * throwing it to an edge on the strength of a single incidental score.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { PURPOSES, keysOf, reachRank, type Kind, type Purpose, type Status } from '#src/catalogue/taxonomy.ts';

/** One end of an axis: its label and how much each purpose pulls towards it. */
export interface AxisEnd {
  label: string;
  weights: Readonly<Partial<Record<Purpose, number>>>;
}

/** One axis of the map, from its negative end to its positive end. */
export interface MapAxis {
  key: 'x' | 'y';
  title: string;
  negative: AxisEnd;
  positive: AxisEnd;
  /** Why the weights are what they are, in one or two sentences. */
  rationale: string;
}

/** Added to the denominator; see the module comment. */
export const MAP_DAMPING = 2;

export const MAP_AXES: readonly [MapAxis, MapAxis] = [
  {
    key: 'x',
    title: 'Business ↔ social',
    negative: {
      label: 'Business networking',
      weights: { contacts: 1, 'peer-ideas': 1, referrals: 1, investors: 1, hiring: 1 },
    },
    positive: { label: 'Social networking', weights: { friends: 1, promotion: 1 } },
    rationale:
      'The five business purposes pull left; friends and promotion by word of mouth pull right. Local is left out: it says where people meet, not what for, and referral clubs and friendship clubs both score it highly.',
  },
  {
    key: 'y',
    title: 'Broadcasting ↔ conversation',
    negative: { label: 'Broadcasting and promotion', weights: { promotion: 2 } },
    positive: {
      label: 'Conversation with peers',
      weights: { 'peer-ideas': 1, contacts: 1, referrals: 1, friends: 0.5 },
    },
    rationale:
      'Discussing ideas, making contacts and trading referrals are two-way; promotion is one-way, and counts double because it is the only purpose on its side. Friends counts half: it covers both chatting with people you know and watching entertainment.',
  },
];

function weightedSquares(weights: AxisEnd['weights'], purposes: SiteEntry['purposes']): number {
  let sum = 0;
  for (const purpose of keysOf(PURPOSES)) sum += (weights[purpose] ?? 0) * purposes[purpose].score ** 2;
  return sum;
}

/** A site's position on one axis, from −1 (negative end) to +1 (positive end). */
export function axisValue(axis: MapAxis, purposes: SiteEntry['purposes']): number {
  const neg = weightedSquares(axis.negative.weights, purposes);
  const pos = weightedSquares(axis.positive.weights, purposes);
  return (pos - neg) / (pos + neg + MAP_DAMPING);
}

/** Where a site sits: x from business (−1) to social (+1), y from broadcasting (−1) to conversation (+1). */
export function mapPosition(purposes: SiteEntry['purposes']): { x: number; y: number } {
  return { x: axisValue(MAP_AXES[0], purposes), y: axisValue(MAP_AXES[1], purposes) };
}

/** A rectangle in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One dot of the laid-out map. */
export interface MapPoint {
  slug: string;
  name: string;
  kind: Kind;
  status: Status;
  /** Formula values, −1…+1. */
  x: number;
  y: number;
  /** Dot centre in SVG units, after nudging dots apart. */
  cx: number;
  cy: number;
  /** Label anchor point, text-anchor and the estimated box the text covers. */
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; box: Box; leader: boolean };
  /**
   * False when no free spot was left for the name: the dot is still drawn and
   * named (its tooltip and the table below the map), but its text would cover
   * another label. Larger sites keep their labels first.
   */
  labelled: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  /** The plotting area inside the margins. */
  plot: Box;
  dotRadius: number;
  fontSize: number;
  points: MapPoint[];
  /** The four axis-end captions, in the margins; point labels avoid them. */
  axisLabels: { text: string; x: number; y: number; anchor: 'start' | 'end' | 'middle'; box: Box }[];
}

export interface LayoutOptions {
  width?: number;
  height?: number;
  margin?: number;
  dotRadius?: number;
  fontSize?: number;
}

/** Estimated width of a label: system sans-serif averages about 0.56 em per character. */
export function labelWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.56) + 2;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Pushes overlapping dots apart, deterministically, until none are closer than `minDistance`. */
function separateDots(points: MapPoint[], minDistance: number, plot: Box): void {
  for (let pass = 0; pass < 300; pass++) {
    let moved = false;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!;
        const b = points[j]!;
        let dx = b.cx - a.cx;
        let dy = b.cy - a.cy;
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance) continue;
        if (distance < 0.01) {
          // Identical positions: split along a direction fixed by the pair's order (golden angle).
          const angle = (i * 2.399963 + j) % (2 * Math.PI);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        const push = (minDistance - distance) / 2 + 0.01;
        const ux = dx / distance;
        const uy = dy / distance;
        a.cx = clamp(a.cx - ux * push, plot.x, plot.x + plot.width);
        a.cy = clamp(a.cy - uy * push, plot.y, plot.y + plot.height);
        b.cx = clamp(b.cx + ux * push, plot.x, plot.x + plot.width);
        b.cy = clamp(b.cy + uy * push, plot.y, plot.y + plot.height);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Most dots stacked in one column at a shared spot: a bigger tie is laid out as several columns. */
const STACK_ROWS = 8;

/**
 * Sites with identical scores land on the same spot. Stacking them in a short
 * column (alphabetical, centred on the shared spot) keeps each dot next to its
 * own label, which pushing them apart in arbitrary directions would not. A tie
 * too big for one column (dozens of national job boards scored alike) is laid
 * out as a block of columns, read down then across; every column or block is
 * moved whole inside the plot, which a column taller than the spot's distance
 * to an edge would leave.
 */
function stackTwins(points: MapPoint[], spacing: number, plot: Box): void {
  const groups = new Map<string, MapPoint[]>();
  for (const p of points) {
    const key = `${Math.round(p.cx)},${Math.round(p.cy)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const rows = Math.min(group.length, STACK_ROWS);
    const columns = Math.ceil(group.length / rows);
    const shift = (offset: number, size: number, start: number, length: number) =>
      Math.min(Math.max(offset, start + size / 2), start + length - size / 2) - offset;
    const { cx, cy } = group[0]!;
    const dx = shift(cx, (columns - 1) * spacing, plot.x, plot.width);
    const dy = shift(cy, (rows - 1) * spacing, plot.y, plot.height);
    group.forEach((p, i) => {
      p.cx += dx + (Math.floor(i / rows) - (columns - 1) / 2) * spacing;
      p.cy += dy + ((i % rows) - (rows - 1) / 2) * spacing;
    });
  }
}

/** Candidate label positions around a dot, nearest first: right, left, above, below, diagonals, then further out. */
function labelCandidates(p: MapPoint, width: number, fontSize: number, r: number): MapPoint['label'][] {
  // Cap height to descender: the text's visible extent, not its line box.
  const h = fontSize * 1.05;
  const gap = r + 3;
  const out: MapPoint['label'][] = [];
  for (const reach of [1, 2.2, 3.6]) {
    const g = gap * reach;
    const leader = reach > 1;
    const place = (anchor: 'start' | 'end' | 'middle', ax: number, baseline: number): MapPoint['label'] => {
      const left = anchor === 'start' ? ax : anchor === 'end' ? ax - width : ax - width / 2;
      return { x: ax, y: baseline, anchor, box: { x: left, y: baseline - fontSize * 0.8, width, height: h }, leader };
    };
    const mid = p.cy + fontSize * 0.35;
    out.push(
      place('start', p.cx + g, mid),
      place('end', p.cx - g, mid),
      place('middle', p.cx, p.cy - g - fontSize * 0.25),
      place('middle', p.cx, p.cy + g + fontSize * 0.85),
      place('start', p.cx + g, mid - h * 0.6),
      place('start', p.cx + g, mid + h * 0.6),
      place('end', p.cx - g, mid - h * 0.6),
      place('end', p.cx - g, mid + h * 0.6),
      place('start', p.cx + g * 0.7, p.cy - g * 0.7),
      place('start', p.cx + g * 0.7, p.cy + g * 0.7 + fontSize * 0.7),
      place('end', p.cx - g * 0.7, p.cy - g * 0.7),
      place('end', p.cx - g * 0.7, p.cy + g * 0.7 + fontSize * 0.7),
    );
  }
  return out;
}

/**
 * Lays out the map for every site that is still running (closed sites are
 * history and left off). Deterministic: the same catalogue always gives the
 * same picture. Dots are nudged apart so none hide another; each label takes
 * the nearest free spot around its dot, with a leader line when it had to move
 * further out.
 */
export function layoutPurposeMap(sites: readonly SiteEntry[], options: LayoutOptions = {}): MapLayout {
  const { width = 1000, height = 700, margin = 44, dotRadius = 7, fontSize = 13 } = options;
  const plot: Box = { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin };
  const [xAxis, yAxis] = MAP_AXES;
  const caption = (text: string, x: number, y: number, anchor: 'start' | 'end' | 'middle') => {
    const w = labelWidth(text, fontSize);
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { text, x, y, anchor, box: { x: left, y: y - fontSize, width: w, height: fontSize * 1.3 } };
  };
  const axisLabels = [
    caption(`← ${xAxis.negative.label}`, plot.x, height - 14, 'start'),
    caption(`${xAxis.positive.label} →`, plot.x + plot.width, height - 14, 'end'),
    caption(`↑ ${yAxis.positive.label}`, plot.x + plot.width / 2, 26, 'middle'),
    caption(`↓ ${yAxis.negative.label}`, plot.x + plot.width / 2, height - 14, 'middle'),
  ];
  const obstacles = axisLabels.map((a) => a.box);
  const points: MapPoint[] = sites
    .filter((s) => s.status !== 'closed')
    .slice()
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((s) => {
      const { x, y } = mapPosition(s.purposes);
      const cx = plot.x + ((x + 1) / 2) * plot.width;
      const cy = plot.y + ((1 - y) / 2) * plot.height;
      return {
        slug: s.slug,
        name: s.name,
        kind: s.kind,
        status: s.status,
        x,
        y,
        cx,
        cy,
        label: { x: cx, y: cy, anchor: 'start', box: { x: cx, y: cy, width: 0, height: 0 }, leader: false },
        labelled: true,
      };
    });
  stackTwins(points, fontSize * 1.3, plot);
  separateDots(points, dotRadius * 2 + 4, plot);

  const frame: Box = { x: 2, y: 2, width: width - 4, height: height - 4 };
  const dotBoxes = points.map((p) => ({
    x: p.cx - dotRadius,
    y: p.cy - dotRadius,
    width: dotRadius * 2,
    height: dotRadius * 2,
  }));
  const candidates = new Map(
    points.map((p) => [p, labelCandidates(p, labelWidth(p.name, fontSize), fontSize, dotRadius)]),
  );
  const chosen = new Map<MapPoint, Box>();
  const cost = (c: MapPoint['label'], rank: number, self: MapPoint): number => {
    const b = c.box;
    let total = rank * 2 + (b.width * b.height - overlapArea(b, frame)) * 100;
    // Any overlap with another label costs more than moving out to the furthest ring.
    for (const [other, box] of chosen) {
      if (other === self) continue;
      const area = overlapArea(b, box);
      if (area > 0) total += 1000 + area * 50;
    }
    for (const dot of dotBoxes) total += overlapArea(b, dot) * 20;
    for (const o of obstacles) total += overlapArea(b, o) > 0 ? 1000 + overlapArea(b, o) * 50 : 0;
    return total;
  };
  const choose = (p: MapPoint): boolean => {
    let best = p.label;
    let bestCost = Infinity;
    candidates.get(p)!.forEach((c, rank) => {
      const value = cost(c, rank, p);
      if (value < bestCost) {
        bestCost = value;
        best = c;
      }
    });
    const changed = best !== p.label;
    p.label = best;
    chosen.set(p, best.box);
    return changed;
  };
  // Greedy first, crowded dots choosing while they still have room; then a few
  // repair rounds in which every label may move now that all the others are known.
  const crowding = (p: MapPoint) => points.filter((q) => q !== p && Math.hypot(q.cx - p.cx, q.cy - p.cy) < 90).length;
  const order = points
    .map((p) => ({ p, crowd: crowding(p) }))
    .sort((a, b) => b.crowd - a.crowd || a.p.slug.localeCompare(b.p.slug))
    .map(({ p }) => p);
  for (const p of order) choose(p);
  for (let round = 0; round < 10; round++) {
    let changed = false;
    for (const p of order) changed = choose(p) || changed;
    if (!changed) break;
  }
  // A crowded map cannot name every dot: keep the labels that fit, larger sites first.
  // Larger audience bands keep their labels first.
  const reach = new Map(sites.map((s) => [s.slug, reachRank(s)]));
  const kept: Box[] = [];
  const clear = (b: Box) =>
    overlapArea(b, frame) >= b.width * b.height - 0.01 &&
    kept.every((k) => overlapArea(b, k) === 0) &&
    dotBoxes.every((d) => overlapArea(b, d) === 0) &&
    obstacles.every((o) => overlapArea(b, o) === 0);
  const priority = [...points].sort((a, b) => reach.get(a.slug)! - reach.get(b.slug)! || a.slug.localeCompare(b.slug));
  for (const p of priority) {
    const spot = clear(p.label.box) ? p.label : candidates.get(p)!.find((c) => clear(c.box));
    if (spot) {
      p.label = spot;
      kept.push(spot.box);
    } else {
      p.labelled = false;
    }
  }
  return { width, height, plot, dotRadius, fontSize, points, axisLabels };
}
