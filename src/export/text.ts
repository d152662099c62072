// Kept for the viewer, which imports KIND_COLORS from here; new code imports colors.js.
export { KIND_COLORS } from './colors.js';
