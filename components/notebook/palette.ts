/** Series colours that stay apart for common colour-vision differences (Okabe–Ito), legible on light and dark. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8c6d1f', '#777777'];
