// TextDecoder is a WHATWG global in both Chromium and Node; shared/ compiles
// without DOM and Node types, so declare the part we use.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
