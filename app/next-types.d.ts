// Next.js ambient types (CSS imports, images) for `tsc` on a clean clone, before next-env.d.ts is generated.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
