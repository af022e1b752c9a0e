// opencc-js ships its dictionaries as untyped ES modules; each default-exports a "src dst|src dst" string.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
