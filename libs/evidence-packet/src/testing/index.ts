export { pdfPages } from './pdf-text';
