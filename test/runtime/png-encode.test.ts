// The PNG writer, read back by a real decoder (resvg's, drawing the PNG as an image at 1:1).
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../adapters/runtime/charts/png-encode.ts';
import { pngSize } from '../../adapters/runtime/charts/png-size.ts';

function decoded(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" image-rendering="pixelated" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}

describe('GIVEN RGBA pixels', () => {
  it.each([
    [1, 1],
    [7, 3],
    [64, 40],
  ])('GIVEN %i × %i opaque pixels THEN the PNG decodes to the same pixels', (width, height) => {
    const rgba = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([(i * 37) % 256, (i * 91) % 256, (i * 13) % 256, 255], i * 4);
    const png = encodePng(rgba, width, height);
    expect(pngSize(png)).toEqual({ width, height });
    expect(decoded(png, width, height).equals(rgba)).toBe(true);
  });
});
