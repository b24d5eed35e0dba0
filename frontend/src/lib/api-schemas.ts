// Names for the generated schema types, so feature code reads `Schemas['Report']`
// instead of the long generated path. Nothing here is written by hand beyond the alias.
import type { components } from './api-types';

export type Schemas = components['schemas'];
