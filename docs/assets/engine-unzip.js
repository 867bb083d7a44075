// Unpacking the engine zip in the worker (exercise-worker.js), with Node tests (tests/js/unzip.test.mjs).
//
// The files of the engine zip, [{name, data}], inflated here while Pyodide loads (the browser's
// DecompressionStream, off Python's path), so that after loadPyodide() only writing them is left
// (a few ms; Pyodide's unpackArchive took 30-60). Rejects when it cannot: the caller then
// lets Pyodide unpack the zip. Reads the zip's central directory (no ZIP64: the engine is small).
export async function unzip(buffer) {
  if (typeof DecompressionStream !== "function") throw new Error("no DecompressionStream");
  const bytes = new Uint8Array(buffer);
  const view = new DataView(buffer);
  let end = bytes.length - 22; // the end record; a zip comment would put it further back
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error("not a zip");
  const names = new TextDecoder();
  const files = [];
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i -= 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("damaged zip directory");
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (name.endsWith("/")) continue;
    if (name.startsWith("/") || name.split("/").includes("..")) throw new Error(`zip entry ${name}`);
    if (method !== 0 && method !== 8) throw new Error(`zip method ${method}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + size);
    files.push({ name, data: method === 0 ? raw : inflate(raw) });
  }
  return Promise.all(files.map(async ({ name, data }) => ({ name, data: await data })));
}

async function inflate(raw) {
  const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
