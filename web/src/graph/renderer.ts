/**
 * Which Cytoscape renderer to use. Its WebGL renderer is several times faster than the 2D canvas on a
 * real GPU, and 3 to 15 times slower on a software GL (SwiftShader, llvmpipe: measured on a 2-core
 * machine without a GPU, 1k nodes at 2.5 fps against 24-49 fps). So WebGL only when the browser's GL
 * renderer is a real one.
 */
export type RendererChoice = 'webgl' | 'canvas';

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render driver|mesa offscreen/i;

/** Whether a GL renderer string (WEBGL_debug_renderer_info's, or gl.RENDERER) names a software rasteriser. */
export function isSoftwareGl(renderer: string): boolean {
  return SOFTWARE_GL.test(renderer);
}

/** WebGL only for a known, hardware GL renderer; anything unknown stays on the 2D canvas that always works. */
export function chooseRenderer(glRenderer: string | null): RendererChoice {
  return glRenderer && glRenderer.trim() !== '' && !isSoftwareGl(glRenderer) ? 'webgl' : 'canvas';
}

/** The browser's WebGL 2 renderer (Cytoscape's WebGL renderer needs version 2), or null when there is none. */
export function readGlRenderer(doc: Document = document): string | null {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** Cytoscape's init options for a renderer choice (`webgl` needs cytoscape >= 3.31). */
export function rendererOptions(choice: RendererChoice): { renderer?: { name: 'canvas'; webgl: true } } {
  return choice === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {};
}

let cached: RendererChoice | undefined;

/** The choice for this browser, worked out once. `?renderer=canvas|webgl` overrides it (for comparing). */
export function rendererForThisBrowser(): RendererChoice {
  const forced = new URLSearchParams(window.location.search).get('renderer');
  if (forced === 'webgl' || forced === 'canvas') return forced;
  cached ??= chooseRenderer(readGlRenderer());
  return cached;
}
