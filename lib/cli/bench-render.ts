// `npm run bench:render`: how the heatmap's cost grows with the data. Synthetic datasets of
// 6×7, 20×15 and 60×40 candidates × themes go through the registry's selector, the geometry and
// the server rendering to SVG; prints the median time of repeated runs and the cost per cell,
// and exits 1 if the cost per cell grows more than 2× from the middle size to the largest (the
// smallest is dominated by fixed costs).
import { renderToStaticMarkup } from "react-dom/server";
import { syntheticDataset } from "../bench/synthetic";
import { buildChart } from "../charts/registry";
import type { Dataset } from "../dataset/schema";
import { EMPTY_VIEW } from "../view";

const SIZES: [number, number][] = [
  [6, 7],
  [20, 15],
  [60, 40],
];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

const results = SIZES.map(([candidates, themes]) => {
  const d: Dataset = syntheticDataset(candidates, themes);
  const run = () => {
    const start = performance.now();
    const chart = buildChart(d.presentation.charts[0]!.slug, { dataset: d, view: EMPTY_VIEW, locale: "fr" });
    renderToStaticMarkup(chart.svg({ titleId: "t", descId: "d" }));
    return performance.now() - start;
  };
  run(); // warm-up (JIT)
  const ms = median(Array.from({ length: RUNS }, run));
  return { cells: candidates * themes, label: `${candidates}×${themes}`, ms, perCell: ms / (candidates * themes) };
});

console.log(`heatmap: selector + geometry + SVG rendering, median of ${RUNS} runs`);
for (const r of results) console.log(`  ${r.label.padEnd(6)} ${String(r.cells).padStart(5)} cells  ${r.ms.toFixed(2).padStart(8)} ms  ${(r.perCell * 1000).toFixed(1).padStart(7)} µs/cell`);
const growth = results.at(-1)!.perCell / results.at(-2)!.perCell;
console.log(`  cost per cell, ${results.at(-1)!.label} over ${results.at(-2)!.label}: ×${growth.toFixed(2)} (${growth <= 2 ? "roughly linear" : "SUPERLINEAR"})`);
process.exit(growth <= 2 ? 0 : 1);
