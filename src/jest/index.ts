export { callRequestMatchers } from './matchers.js';
