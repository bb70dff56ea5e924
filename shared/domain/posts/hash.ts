/**
 * 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits. shared/ has no Node
 * crypto; 64 bits keep collisions negligible for a few hundred thousand
 * posts (32 bits would likely collide once at 100,000). The state is kept in
 * four 16-bit limbs so every product stays exact in a double.
 */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let v0 = 0x2325, v1 = 0x8422, v2 = 0x9ce4, v3 = 0xcbf2;
  for (const byte of bytes) {
    v0 ^= byte;
    // Multiply by the FNV prime 2^40 + 0x1b3, limb by limb, keeping 64 bits.
    const t0 = v0 * 0x1b3;
    const t1 = v1 * 0x1b3 + (t0 >>> 16);
    const t2 = v2 * 0x1b3 + v0 * 0x100 + (t1 >>> 16);
    const t3 = v3 * 0x1b3 + v1 * 0x100 + (t2 >>> 16);
    v0 = t0 & 0xffff;
    v1 = t1 & 0xffff;
    v2 = t2 & 0xffff;
    v3 = t3 & 0xffff;
  }
  return [v3, v2, v1, v0].map((v) => v.toString(16).padStart(4, '0')).join('');
}
