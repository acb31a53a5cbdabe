/**
 * A small ONNX graph builder over the `onnx-proto` protobuf classes: float and int64 initializers,
 * single-output nodes with int/ints/string attributes, and the serialised ModelProto with its
 * metadata_props. It knows nothing about DeSTSeg (destseg-graph.ts builds the network with it).
 */
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** The opset the exported graphs use (Resize with `axes`, Reduce* with axes as an input). */
export const ONNX_OPSET = 18;
/** IR version 8 is the one that goes with opset 18. */
const IR_VERSION = 8;

export type AttributeValue = number | readonly number[] | string;

export interface GraphValueInfo {
  name: string;
  /** A number is a fixed size, a string a symbolic one (the batch). */
  shape: ReadonlyArray<number | string>;
  elemType: 'float' | 'int64';
}

const ELEM_TYPE = { float: onnx.TensorProto.DataType.FLOAT, int64: onnx.TensorProto.DataType.INT64 };

function attribute(name: string, value: AttributeValue): onnxProto.onnx.IAttributeProto {
  const { AttributeType } = onnx.AttributeProto;
  if (typeof value === 'string')
    return { name, type: AttributeType.STRING, s: new TextEncoder().encode(value) };
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new RangeError(`attribute ${name}: only integer attributes are used`);
    return { name, type: AttributeType.INT, i: value };
  }
  return { name, type: AttributeType.INTS, ints: [...value] };
}

function valueInfo(v: GraphValueInfo): onnxProto.onnx.IValueInfoProto {
  return {
    name: v.name,
    type: {
      tensorType: {
        elemType: ELEM_TYPE[v.elemType],
        shape: { dim: v.shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

export class OnnxGraph {
  private readonly nodes: onnxProto.onnx.INodeProto[] = [];
  private readonly initializers: onnxProto.onnx.ITensorProto[] = [];
  private readonly names = new Set<string>();

  /** A float initializer; the name must be new. */
  floatTensor(name: string, data: Float32Array, dims: readonly number[]): string {
    this.claim(name);
    const raw = new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    this.initializers.push({ name, dims: [...dims], dataType: ELEM_TYPE.float, rawData: raw });
    return name;
  }

  /** A 1-D int64 initializer (shapes, axes, sizes). */
  int64Tensor(name: string, values: readonly number[]): string {
    this.claim(name);
    const data = new BigInt64Array(values.map((v) => BigInt(v)));
    const raw = new Uint8Array(data.buffer);
    this.initializers.push({ name, dims: [values.length], dataType: ELEM_TYPE.int64, rawData: raw });
    return name;
  }

  /** Appends a node with one output named `output` (or a fresh name); '' is an omitted optional input. */
  node(
    opType: string,
    inputs: readonly string[],
    attrs: Record<string, AttributeValue> = {},
    output?: string,
  ): string {
    const out = output ?? this.fresh(opType);
    if (output) this.claim(output);
    this.nodes.push({
      opType,
      name: `${opType}_${this.nodes.length}`,
      input: [...inputs],
      output: [out],
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    });
    return out;
  }

  /** A node's first output of several (TopK's values); the others get fresh names. */
  nodeFirstOutput(
    opType: string,
    inputs: readonly string[],
    outputCount: number,
    attrs: Record<string, AttributeValue> = {},
  ): string {
    const outs = Array.from({ length: outputCount }, () => this.fresh(opType));
    this.nodes.push({
      opType,
      name: `${opType}_${this.nodes.length}`,
      input: [...inputs],
      output: outs,
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    });
    return outs[0] as string;
  }

  /** The serialised ModelProto. */
  encode(opts: {
    name: string;
    inputs: readonly GraphValueInfo[];
    outputs: readonly GraphValueInfo[];
    metadata: Record<string, string>;
    producerVersion: string;
  }): Uint8Array {
    const model = onnx.ModelProto.create({
      irVersion: IR_VERSION,
      producerName: 'destseg',
      producerVersion: opts.producerVersion,
      opsetImport: [{ domain: '', version: ONNX_OPSET }],
      metadataProps: Object.entries(opts.metadata).map(([key, value]) => ({ key, value })),
      graph: {
        name: opts.name,
        node: this.nodes,
        initializer: this.initializers,
        input: opts.inputs.map(valueInfo),
        output: opts.outputs.map(valueInfo),
      },
    });
    return onnx.ModelProto.encode(model).finish();
  }

  private fresh(prefix: string): string {
    let name: string;
    do name = `${prefix.toLowerCase()}_${this.names.size}`;
    while (this.names.has(name));
    this.names.add(name);
    return name;
  }

  private claim(name: string): void {
    if (this.names.has(name)) throw new Error(`ONNX value ${name} defined twice`);
    this.names.add(name);
  }
}
