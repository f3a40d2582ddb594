export { cleanText } from './cleanText.ts';
export { htmlToText } from './htmlToText.ts';
