import cytoscape, { type Core } from 'cytoscape';
import type { BrowserBenchApi, LayoutRequest, LayoutResult, RenderRequest, RenderResult } from '../../src/browser/browserTypes.ts';
import type { GraphSlice } from '../../../web/src/graphql/types.ts';
import { FORCES } from '../../../web/src/graph/fcoseLayout.ts';
import { graphStyles } from '../../../web/src/graph/graphStyles.ts';
import { mergeSlice } from '../../../web/src/graph/mergeSlice.ts';
import { chooseRenderer, readGlRenderer, rendererOptions } from '../../../web/src/graph/renderer.ts';
import { spiralPosition, syncCanvas } from '../../../web/src/graph/syncCanvas.ts';
import { toElements } from '../../../web/src/graph/toElements.ts';
import { applyPositions, fcoseOffThread, layoutInput } from '../../../web/src/graph/workerLayout.ts';
import { drawn, frameTimes, timed } from './measure.ts';

/**
 * The browser benchmark's page: the app's own graph modules (stylesheet, toElements, syncCanvas,
 * the layout worker, the renderer choice) on a 1280x800 canvas, driven by bench/src/browser.
 */

const container = document.getElementById('cy') as HTMLDivElement;

/** A canvas holding `slice`, nodes seated on one spiral (no layout), drawn. */
async function mount(slice: GraphSlice, renderer: 'canvas' | 'webgl'): Promise<Core> {
  const elements = toElements(slice).map((element, i) =>
    element.group === 'nodes' ? { ...element, position: spiralPosition({ x: 0, y: 0 }, i, 30) } : element,
  );
  const cy = cytoscape({ container, elements, style: graphStyles, layout: { name: 'preset' }, ...rendererOptions(renderer) });
  await drawn();
  return cy;
}

async function render(request: RenderRequest): Promise<RenderResult> {
  let cy: Core | undefined;
  const firstRender = await timed(async () => {
    cy = await mount(request.slice, request.renderer);
  });
  const canvas = cy!;
  try {
    canvas.fit(undefined, 20);
    const fitted = canvas.zoom();
    const centre = { x: container.clientWidth / 2, y: container.clientHeight / 2 };
    // Pan back and forth and zoom in and out around the centre: both redraw every element in view.
    const panZoom = await frameTimes(request.panSeconds, (frame) => {
      const phase = Math.floor(frame / 60) % 2 === 0 ? 1 : -1;
      canvas.panBy({ x: 6 * phase, y: 4 * phase });
      canvas.zoom({ level: fitted * (1.6 + 0.6 * Math.sin(frame / 15)), renderedPosition: centre });
    });
    canvas.fit(undefined, 20);
    await drawn();
    const current = request.slice;
    const expansion = await timed(async () => {
      const merged = mergeSlice(current, request.expansion);
      syncCanvas(canvas, toElements(merged), request.anchorId);
      await drawn();
    });
    return { firstRender, panZoom, expansion };
  } finally {
    canvas.destroy();
  }
}

async function layouts(request: LayoutRequest): Promise<LayoutResult> {
  const cy = await mount(request.slice, 'canvas');
  try {
    const concentric = await timed(async () => {
      cy.layout({ name: 'concentric', animate: false, fit: true, concentric: (node) => node.degree(false), levelWidth: () => 4 }).run();
      await drawn();
    });
    const elements = request.slice.nodes.length + request.slice.edges.length;
    const fcoseWorker =
      elements > request.workerFcoseMax
        ? null
        : await timed(async () => {
            const positions = await fcoseOffThread(layoutInput(cy.nodes(), cy.collection(), true));
            applyPositions(cy, positions, false);
            cy.fit(undefined, 20);
            await drawn();
          });
    const fcoseMainThread =
      elements > request.mainThreadFcoseMax
        ? null
        : await timed(async () => {
            cy.layout({ ...FORCES, randomize: true, animate: false, fit: true } as cytoscape.LayoutOptions).run();
            await drawn();
          });
    return { concentric, fcoseWorker, fcoseMainThread };
  } finally {
    cy.destroy();
  }
}

const api: BrowserBenchApi = {
  glInfo: () => {
    const renderer = readGlRenderer();
    return { renderer, appChoice: chooseRenderer(renderer) };
  },
  render,
  layouts,
};
(window as unknown as { __browserBench: BrowserBenchApi }).__browserBench = api;
document.title = 'ready';
