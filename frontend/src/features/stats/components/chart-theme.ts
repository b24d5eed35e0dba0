// Colours chosen for ≥3:1 contrast against white (WCAG 1.4.11 for graphical objects) and to stay
// distinguishable with the common colour-vision deficiencies; the table view carries the same data.
export const SCOPE_COLOURS = { scope1: '#1b5e20', scope2: '#0d47a1', scope3: '#8a5a00', line: '#6a1b9a' } as const;
