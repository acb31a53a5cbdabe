/**
 * A process that makes an onnxruntime session (it fails: the bytes are no model) and ends; run by
 * test/onnx/ort-trace-file.test.ts with TMPDIR pointing at a folder of its own.
 */
import { OrtDestsegSession } from '../../src/onnx/ort-session.ts';

await OrtDestsegSession.create(new Uint8Array([1, 2, 3])).catch(() => {});
