import { identify } from '../../../shared/domain/networks/identify';
import { usage, type CliIo } from '../io';

/** vitrine identify <url|handle>...: one JSON object per input. */
export function identifyCommand(io: CliIo, inputs: string[]): number {
  if (inputs.length === 0) throw usage('identify needs at least one URL or handle');
  for (const input of inputs) {
    const r = identify(input);
    io.out(JSON.stringify(r.ok ? { input, network: r.network, handle: r.handle, canonicalUrl: r.canonicalUrl } : { input, error: r.message.en }));
  }
  return 0;
}
