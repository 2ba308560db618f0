// string-width, on its own: building its Unicode tables (emoji and East Asian Width data, regular
// expressions with Unicode properties) costs more than starting a command, so it is loaded only when
// a text outside plain ASCII is measured (see string-width-loader.ts).
export { default as stringWidth } from 'string-width';
