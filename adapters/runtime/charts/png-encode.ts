// A PNG from resvg's RGBA pixels through node's zlib. resvg's own encoder (asPng) tries a filter per
// row and compresses hard, which took longer than drawing the chart; pngjs, tried too, was slower
// still. Unfiltered rows at a fast zlib level come out about as small, several times faster.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/**
 * zlib level 1. Measured on our charts: level 3 is 9% smaller (76 KiB against 83) and takes half as
 * long again (4.5 ms against 3.1); level 4 is a fifth smaller again but takes twice as long as 3.
 */
const LEVEL = 1;

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The rows handed to zlib, kept from one chart to the next (a few MB): a fresh buffer a chart cost
 * more in page faults than copying the pixels into it. deflateSync is done with it on return.
 */
let scratch = Buffer.alloc(0);

/** An 8-bit RGBA PNG of width × height pixels (rows top to bottom, 4 bytes a pixel). */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const stride = width * 4;
  const size = (stride + 1) * height;
  if (scratch.length < size) scratch = Buffer.allocUnsafe(size);
  const rows = scratch.subarray(0, size); // every byte is written below
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0; // filter type: none
    rgba.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: LEVEL })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
