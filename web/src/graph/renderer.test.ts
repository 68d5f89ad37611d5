import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareGl, rendererOptions } from './renderer.ts';

describe('chooseRenderer', () => {
  it.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'Google SwiftShader',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Mesa/X.org llvmpipe (LLVM 19.1.7, 256 bits)',
    'Microsoft Basic Render Driver',
    'ANGLE (Mesa, softpipe, OpenGL 4.5)',
  ])('keeps a software GL (%s) on the 2D canvas', (name) => {
    expect(isSoftwareGl(name)).toBe(true);
    expect(chooseRenderer(name)).toBe('canvas');
  });

  it.each([
    'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'Apple M2',
    'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
    'AMD Radeon Pro 5500M OpenGL Engine',
  ])('uses WebGL on a real GPU (%s)', (name) => {
    expect(chooseRenderer(name)).toBe('webgl');
  });

  it('stays on the canvas when the browser has no WebGL 2 or hides its renderer', () => {
    expect(chooseRenderer(null)).toBe('canvas');
    expect(chooseRenderer('  ')).toBe('canvas');
  });

  it('turns the choice into Cytoscape options', () => {
    expect(rendererOptions('webgl')).toEqual({ renderer: { name: 'canvas', webgl: true } });
    expect(rendererOptions('canvas')).toEqual({});
  });
});
