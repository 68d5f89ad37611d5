import cytoscape, { type Core, type NodeCollection } from 'cytoscape';
import type { BrowserBenchApi, LayoutRequest, LayoutResult, RenderRequest, RenderResult, Timed } from '../../src/browser/browserTypes.ts';
import type { LayoutName } from '../../../web/src/features/explore/exploreContract.ts';
import type { GraphSlice } from '../../../web/src/graphql/types.ts';
import { drawInChunks } from '../../../web/src/graph/drawInChunks.ts';
import { FORCES } from '../../../web/src/graph/fcoseLayout.ts';
import { graphStyles } from '../../../web/src/graph/graphStyles.ts';
import { runFullLayout } from '../../../web/src/graph/layouts.ts';
import { mergeSlice } from '../../../web/src/graph/mergeSlice.ts';
import { refreshCanvas, type CanvasLooks } from '../../../web/src/graph/refreshCanvas.ts';
import { chooseRenderer, readGlRenderer, rendererOptions } from '../../../web/src/graph/renderer.ts';
import { settleNew } from '../../../web/src/graph/runLayout.ts';
import { applyScaleMode } from '../../../web/src/graph/scaleMode.ts';
import { planSync, plannedSize, spiralPosition } from '../../../web/src/graph/syncCanvas.ts';
import { toElements } from '../../../web/src/graph/toElements.ts';
import { drawn, frameTimes, timed } from './measure.ts';

/**
 * The browser benchmark's page: the app's own graph modules (stylesheet, toElements, planSync and
 * the refresh GraphCanvas runs, the layout worker, the renderer choice) on a 1280x800 canvas,
 * driven by bench/src/browser.
 */

const container = document.getElementById('cy') as HTMLDivElement;
const NO_FILTERS = { kinds: null, sectors: null, themeIds: null, years: null };
const fail = (message: string): never => {
  throw new Error(message);
};

/** What GraphCanvas applies after every change: here nothing pinned or filtered, and `selectedId` selected. */
const looks = (selectedId: string | null): CanvasLooks => ({ pinned: [], filters: NO_FILTERS, focus: { selectedId } });

/** A canvas holding `slice`, nodes seated on one spiral (no layout), styled as the app styles it at that size, drawn. */
async function mount(slice: GraphSlice, renderer: 'canvas' | 'webgl'): Promise<Core> {
  const elements = toElements(slice).map((element, i) => ({
    ...element,
    data: { ...element.data },
    ...(element.group === 'nodes' ? { position: spiralPosition({ x: 0, y: 0 }, i, 30) } : {}),
  }));
  // As GraphCanvas: created empty with the normal sheet, the sheet for the slice's size chosen before it is added.
  const cy = cytoscape({ container, style: graphStyles, ...rendererOptions(renderer) });
  applyScaleMode(cy, elements.length);
  // In a batch, as drawInChunks adds a slice.
  cy.batch(() => cy.add(elements));
  refreshCanvas(cy, looks(null));
  await drawn();
  return cy;
}

/** An expansion as GraphCanvas handles one: the clicked node selected, the slice merged, only what is new added, seated around it, refreshed, drawn. */
async function expand(cy: Core, request: RenderRequest): Promise<{ expansion: Timed; settle: Timed }> {
  refreshCanvas(cy, looks(request.anchorId));
  await drawn();
  let added: NodeCollection | null = null;
  const expansion = await timed(async () => {
    const elements = toElements(mergeSlice(request.slice, request.expansion));
    const plan = planSync(cy, elements, request.anchorId);
    applyScaleMode(cy, plannedSize(cy, plan));
    const result = await drawInChunks(cy, plan, () => undefined, () => true);
    if (!result) fail('The expansion was not drawn.');
    refreshCanvas(cy, looks(request.anchorId));
    added = result!.added;
    await drawn();
  });
  const settle = await timed(async () => {
    await settleNew(cy, added ?? fail('Nothing was added.'), fail);
    await drawn();
  });
  return { expansion, settle };
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
    return { firstRender, panZoom, ...(await expand(canvas, request)) };
  } finally {
    canvas.destroy();
  }
}

/**
 * One of the app's full layouts, timed to its positions applied, the view fitted and drawn. A layout
 * the app stops at its time limit (fCoSE on 20k elements on a slow machine) is a result, not a
 * failure of the run: it says so, with the app's message. Any other failure ends the run.
 */
async function appLayout(cy: Core, name: LayoutName): Promise<Timed> {
  let stopped: string | undefined;
  const result = await timed(async () => {
    await new Promise<void>((resolve, reject) =>
      runFullLayout(cy, name, {
        root: null,
        onDone: resolve,
        onError: (message, timedOut) => {
          if (!timedOut) return reject(new Error(message));
          stopped = message;
          resolve();
        },
      }),
    );
    await drawn();
  });
  return stopped === undefined ? result : { ...result, stopped };
}

async function layouts(request: LayoutRequest): Promise<LayoutResult> {
  const cy = await mount(request.slice, 'canvas');
  try {
    const elements = request.slice.nodes.length + request.slice.edges.length;
    const concentric = await appLayout(cy, 'concentric');
    const breadthfirst = await appLayout(cy, 'breadthfirst');
    const sector = await appLayout(cy, 'sector');
    const fcoseWorker = elements > request.workerFcoseMax ? null : await appLayout(cy, 'fcose');
    const redraw = await timed(async () => {
      cy.nodes().shift({ x: 1, y: 0 });
      await drawn();
    });
    const concentricMainThread = await timed(async () => {
      cy.layout({ name: 'concentric', animate: false, fit: true, concentric: (node) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 12, avoidOverlap: true }).run();
      await drawn();
    });
    const fcoseMainThread =
      elements > request.mainThreadFcoseMax
        ? null
        : await timed(async () => {
            cy.layout({ ...FORCES, randomize: true, animate: false, fit: true } as cytoscape.LayoutOptions).run();
            await drawn();
          });
    return { concentric, breadthfirst, sector, fcoseWorker, redraw, concentricMainThread, fcoseMainThread };
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
