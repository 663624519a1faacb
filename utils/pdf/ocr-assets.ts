/**
 * The OCR files packaged with Soi, under `ocr/` in the extension, and the npm files they come from
 * (copied at build time by wxt.config.ts). One core build only: the SIMD, LSTM-only one, which every
 * browser Soi supports runs; the Vietnamese model is the `best_int` LSTM one, gzip-compressed.
 */
export const OCR_DIR = 'ocr';

export const OCR_ASSETS = {
  [`${OCR_DIR}/worker.min.js`]: 'tesseract.js/dist/worker.min.js',
  [`${OCR_DIR}/tesseract-core-simd-lstm.js`]: 'tesseract.js-core/tesseract-core-simd-lstm.js',
  [`${OCR_DIR}/tesseract-core-simd-lstm.wasm`]: 'tesseract.js-core/tesseract-core-simd-lstm.wasm',
  [`${OCR_DIR}/vie.traineddata.gz`]: '@tesseract.js-data/vie/4.0.0_best_int/vie.traineddata.gz',
} as const;
