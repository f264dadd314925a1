// How every chart looks: an opaque light card (it reads the same on Slack's and Discord's light and
// dark themes), the font the project ships, and colour-blind-safe colours from the Okabe–Ito
// palette. Zones are never told by colour alone: every band and bar is labelled too.
import type { Zone } from '../engine/scoring.ts';

/** The family name of the font the renderer loads (adapters/runtime/charts/render.ts). */
export const CHART_FONT = 'Inter';
export const INK = '#1f2328';
export const MUTED = '#57606a';
export const CARD = '#ffffff';
const RULE = '#d0d7de';

/** Okabe–Ito vermillion, yellow and bluish green: told apart with every common colour-vision deficiency. */
export const ZONE_COLOURS: Record<Zone, string> = { red: '#D55E00', yellow: '#F0E442', green: '#009E73' };
/** Two roles side by side: Okabe–Ito blue and orange. */
export const ROLE_COLOURS = ['#0072B2', '#E69F00'] as const;
/** The week split: displaced (vermillion), augmented (sky blue), not involved (bluish green). */
export const SPLIT_COLOURS = { displaced: '#D55E00', augmented: '#56B4E9', notInvolved: '#009E73' } as const;
/** A bar's own colour when it does not stand for a zone or a role. */
export const BAR_COLOUR = '#0072B2';

/** Plot width of each panel; with the labels on the left the image is about 800 px wide. */
export const PLOT_WIDTH = 520;
/** Room for the row labels on the left, the same in every panel so the panels line up. */
export const LABEL_WIDTH = 210;

export const CHART_CONFIG = {
  background: CARD,
  // The SVG is only ever rasterised: ARIA attributes (a description per mark) would be computed for nothing.
  aria: false,
  font: CHART_FONT,
  padding: 20,
  view: { stroke: null },
  title: { color: INK, subtitleColor: MUTED, fontSize: 20, subtitleFontSize: 14, anchor: 'start', offset: 14 },
  axis: {
    labelColor: INK,
    titleColor: MUTED,
    labelFontSize: 13,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    gridColor: '#eef1f4',
    domainColor: RULE,
    tickColor: RULE,
    labelLimit: LABEL_WIDTH - 10,
  },
  axisY: { minExtent: LABEL_WIDTH, maxExtent: LABEL_WIDTH, title: null, ticks: false, domain: false, grid: false },
  legend: { labelColor: INK, titleColor: MUTED, labelFontSize: 13, titleFontSize: 12, orient: 'top' },
  concat: { spacing: 26 },
  text: { color: INK, fontSize: 13 },
} as const;
