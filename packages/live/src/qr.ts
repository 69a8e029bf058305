/** A join link as a QR code's modules (true: dark), for the page to draw as SVG; uqr does the encoding. */
import { encode } from 'uqr';

export function qrModules(text: string): boolean[][] {
  // Medium error correction: still reads from the back of a room with a little glare.
  return encode(text, { ecc: 'M', border: 2 }).data;
}
