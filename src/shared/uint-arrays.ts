/**
 * Lists of unsigned integers as one binary file, read back as typed arrays
 * that view the file's bytes: no text to decode, no JSON to parse, no array
 * of numbers to make. The search's head keeps its long lists of numbers so
 * (issue 16: at 10,000 entries, decoding and parsing them as JSON text was
 * most of an isolate's first query in the Worker).
 *
 * Layout, little-endian (as `Uint16Array` and `Uint32Array` read it on every
 * platform Workers and Node run on; a file read on a big-endian machine is
 * refused by its first word): a header of 32-bit words, {@link MAGIC}, the
 * list count, then per list its length and its width in bytes (1, 2 or 4);
 * then each list, starting on a multiple of 4 bytes. A list of numbers is
 * written 2 or 4 bytes wide, the narrowest its largest value fits; a typed
 * array at its own width (a `Uint8Array` one byte per value), and read back
 * as the same type.
 */

const MAGIC = 0x4e57_5531; // "NWU1"
const HEADER_WORDS = 2;

/** A list {@link packUints} writes: numbers, or a typed array written at its own width. */
export type UintList = readonly number[] | Uint8Array | Uint16Array | Uint32Array;

/** The lists as one file: a typed array at its own width, numbers in 2 bytes per value where they allow, else 4. */
export function packUints(lists: readonly UintList[]): Uint8Array {
  const widths = lists.map((list) => {
    if (list instanceof Uint8Array || list instanceof Uint16Array || list instanceof Uint32Array)
      return list.BYTES_PER_ELEMENT;
    let max = 0;
    for (const value of list) {
      if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff)
        throw new RangeError(`packUints: ${value} is not an unsigned 32-bit integer`);
      if (value > max) max = value;
    }
    return max <= 0xffff ? 2 : 4;
  });
  const headerBytes = (HEADER_WORDS + 2 * lists.length) * 4;
  const starts: number[] = [];
  let size = headerBytes;
  lists.forEach((list, k) => {
    starts.push(size);
    size += Math.ceil((list.length * widths[k]!) / 4) * 4;
  });
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, lists.length, true);
  lists.forEach((list, k) => {
    view.setUint32((HEADER_WORDS + 2 * k) * 4, list.length, true);
    view.setUint32((HEADER_WORDS + 2 * k + 1) * 4, widths[k]!, true);
    const width = widths[k]!;
    list.forEach((value: number, i: number) =>
      width === 1
        ? view.setUint8(starts[k]! + i, value)
        : width === 2
          ? view.setUint16(starts[k]! + i * 2, value, true)
          : view.setUint32(starts[k]! + i * 4, value, true),
    );
  });
  return bytes;
}

/**
 * The lists {@link packUints} packed, as views of the file's bytes (nothing copied, unless the bytes given start
 * off a multiple of 4 in their buffer, as a Node `Buffer` from a pool may: then they are copied first).
 */
export function unpackUints(file: ArrayBuffer | Uint8Array): (Uint8Array | Uint16Array | Uint32Array)[] {
  const bytes = file instanceof Uint8Array ? (file.byteOffset % 4 === 0 ? file : file.slice()) : new Uint8Array(file);
  const { buffer, byteOffset: base, byteLength } = bytes;
  if (byteLength < HEADER_WORDS * 4) throw new Error('unpackUints: not a file of packed lists');
  const header = new Uint32Array(buffer, base, HEADER_WORDS);
  if (header[0] !== MAGIC) throw new Error('unpackUints: not a file of packed lists (or not little-endian)');
  const count = header[1]!;
  if (byteLength < (HEADER_WORDS + 2 * count) * 4) throw new Error('unpackUints: the header is cut short');
  const sizes = new Uint32Array(buffer, base + HEADER_WORDS * 4, 2 * count);
  const lists: (Uint8Array | Uint16Array | Uint32Array)[] = [];
  let at = (HEADER_WORDS + 2 * count) * 4;
  for (let k = 0; k < count; k++) {
    const length = sizes[2 * k]!;
    const width = sizes[2 * k + 1]!;
    if ((width !== 1 && width !== 2 && width !== 4) || at + length * width > byteLength)
      throw new Error('unpackUints: a list is not what the header says');
    lists.push(
      width === 1
        ? new Uint8Array(buffer, base + at, length)
        : width === 2
          ? new Uint16Array(buffer, base + at, length)
          : new Uint32Array(buffer, base + at, length),
    );
    at += Math.ceil((length * width) / 4) * 4;
  }
  if (at !== byteLength) throw new Error('unpackUints: the file is not the length its header says');
  return lists;
}
